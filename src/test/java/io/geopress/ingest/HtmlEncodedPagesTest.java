package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.model.Article;
import io.geopress.model.Block;
import io.geopress.model.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole pages in legacy Chinese encodings, declared and undeclared, imported through {@link Ingest}. The
 * expected text is read from the UTF-8 template with a regular expression, not with the importer.
 */
class HtmlEncodedPagesTest {
    /** Characters GB18030 has and GBK lacks: a CJK Extension B and an Extension A character. */
    private static final String BEYOND_GBK = "基地门口的石碑上刻着两个罕见的字：“𠮷”与“䶮”。";
    /** Characters GBK has and GB2312 lacks. */
    private static final String BEYOND_GB2312 = "老司机说，第一代电车是从臺灣运来的。";
    private static final Pattern PARAGRAPH = Pattern.compile("<p>(.*?)</p>");
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>");

    @TempDir
    Path dir;

    private String page;
    private Article article;

    @Test
    void utf8PageWithByteOrderMarkImportsWithoutTheMark() {
        givenPage("charset-simplified.html", "", BEYOND_GBK);
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        whenImported(bytes);

        thenTextIsExactlyThePages();
    }

    @Test
    void declaredGb18030PageKeepsCharactersBeyondGbk() {
        givenPage("charset-simplified.html", "<meta charset=\"gb18030\">", BEYOND_GBK);

        whenImported(encoded("GB18030"));

        thenTextIsExactlyThePages();
        assertThat(paragraphs()).anyMatch(p -> p.contains("𠮷") && p.contains("䶮"));
    }

    @Test
    void undeclaredGb18030PageKeepsCharactersBeyondGbk() {
        givenPage("charset-simplified.html", "", BEYOND_GBK);

        whenImported(encoded("GB18030"));

        thenTextIsExactlyThePages();
        assertThat(paragraphs()).anyMatch(p -> p.contains("𠮷") && p.contains("䶮"));
    }

    @Test
    void pageDeclaredAsGb2312ButWrittenInGbkImportsWithTheRightCharacters() {
        givenPage("charset-simplified.html", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">",
                BEYOND_GB2312);

        whenImported(encoded("GBK"));

        thenTextIsExactlyThePages();
    }

    @Test
    void undeclaredGbkPageImportsWithTheRightCharacters() {
        givenPage("charset-simplified.html", "", BEYOND_GB2312);

        whenImported(encoded("GBK"));

        thenTextIsExactlyThePages();
    }

    @Test
    void declaredBig5PageImportsWithTheRightCharacters() {
        givenPage("charset-traditional.html", "<meta charset=\"big5\">", "");

        whenImported(encoded("Big5"));

        thenTextIsExactlyThePages();
    }

    @Test
    void undeclaredBig5PageImportsWithTheRightCharacters() {
        givenPage("charset-traditional.html", "", "");

        whenImported(encoded("Big5"));

        thenTextIsExactlyThePages();
        assertThat(article.title().zh()).isEqualTo("臺灣山區的運茶小火車");
        assertThat(paragraphs().get(0)).startsWith("在臺灣中部的山區，曾經有一條窄軌鐵路");
    }

    private void givenPage(String template, String declaration, String extra) {
        try {
            page = Files.readString(HtmlImporterTest.fixture(template), StandardCharsets.UTF_8)
                    .replace("{{declaration}}", declaration).replace("{{rare}}", extra);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] encoded(String charset) {
        Charset cs = Charset.forName(charset);
        assertThat(cs.newEncoder().canEncode(page)).as("the fixture fits " + charset).isTrue();
        return page.getBytes(cs);
    }

    private void whenImported(byte[] bytes) {
        try {
            Path file = dir.resolve("page.html");
            Files.write(file, bytes);
            List<Imported> imported = new Ingest(ZoneId.of("Asia/Shanghai")).read(file, null, Progress.NONE);
            assertThat(imported).hasSize(1);
            article = imported.get(0).article();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void thenTextIsExactlyThePages() {
        Matcher title = TITLE.matcher(page);
        assertThat(title.find()).isTrue();
        assertThat(article.title().zh()).isEqualTo(title.group(1));
        List<String> expected = new ArrayList<>();
        Matcher p = PARAGRAPH.matcher(page);
        while (p.find()) expected.add(p.group(1));
        assertThat(paragraphs()).containsExactlyElementsOf(expected);
    }

    private List<String> paragraphs() {
        return article.body().stream().map(Block::text).map(t -> t.zh()).toList();
    }
}
