package io.geopress.ingest;

import static io.geopress.ingest.HtmlPages.line;
import static io.geopress.ingest.HtmlPages.read;
import static io.geopress.ingest.HtmlPages.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.model.Block;
import io.geopress.model.BlockKind;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlLinksTest {
    @TempDir
    Path dir;

    @Test
    void aLinkOfAnyRefusedSchemeIsItsTextWithOneWarningEach() {
        Path file = write(dir, "schemes.html", "", String.join("\n",
                "<p>一<a href=\"java&#10;script:alert(1)\">甲</a>。</p>",
                "<p>二<a href=\"data:text/html,&lt;b&gt;x\">乙</a>。</p>",
                "<p>三<a href=\"VBScript:msgbox\">丙</a>。</p>",
                "<p>四<a href=\"file:///etc/passwd\">丁</a>。</p>"));

        Imported page = read(file);

        assertThat(page.article().body()).extracting(b -> b.text().zh()).contains("一甲。", "二乙。", "三丙。", "四丁。");
        assertThat(page.article().body()).allSatisfy(b -> assertThat(b.text().hasMarkup()).isFalse());
        assertThat(page.warnings()).containsExactly(
                file + ":" + line(1) + ": link 'javascript:alert(1)' is not kept (link scheme 'javascript:' is not allowed); its text is kept",
                file + ":" + line(2) + ": link 'data:text/html,<b>x' is not kept (link scheme 'data:' is not allowed); its text is kept",
                file + ":" + line(3) + ": link 'VBScript:msgbox' is not kept (link scheme 'vbscript:' is not allowed); its text is kept",
                file + ":" + line(4) + ": link 'file:///etc/passwd' is not kept (link scheme 'file:' is not allowed); its text is kept");
    }

    @Test
    void withoutAnyAddressOfItsOwnAPageKeepsRelativeLinksAsWritten() {
        Imported page = read(write(dir, "plain.html", "", "<p>见<a href=\"../reports/a.html#p2\">报告</a>和<a href=\"tel:+86-571-1234\">热线</a>。</p>"));

        assertThat(nodes(page, "见")).containsExactly(Inline.text("见"), Inline.link("../reports/a.html#p2", Inline.text("报告")),
                Inline.text("和"), Inline.link("tel:+86-571-1234", Inline.text("热线")), Inline.text("。"));
    }

    @Test
    void aRelativeBaseIsResolvedAgainstThePagesOwnAddress() {
        Imported page = read(write(dir, "base.html", "<link rel=\"canonical\" href=\"https://news.example/2026/05/story\">"
                + "<base href=\"/archive/\">", "<p>见<a href=\"a.html\">报告</a>和<a href=\"//cdn.example/b.pdf\">附件</a>。</p>"));

        assertThat(nodes(page, "见")).containsExactly(Inline.text("见"), Inline.link("https://news.example/archive/a.html",
                Inline.text("报告")), Inline.text("和"), Inline.link("https://cdn.example/b.pdf", Inline.text("附件")), Inline.text("。"));
    }

    @Test
    void aSuperscriptLinkThatNamesNoNoteIsALink() {
        Imported page = read(write(dir, "sup.html", "<link rel=\"canonical\" href=\"https://news.example/story\">",
                "<p>面积为一百平方米<sup><a href=\"#units\">注</a></sup>。</p>"));

        assertThat(nodes(page, "面积")).contains(new Inline.Styled(Inline.Style.SUP,
                List.of(Inline.link("https://news.example/story#units", Inline.text("注")))));
    }

    @Test
    void aQuoteSourceOfARefusedSchemeIsWarnedAboutAndLeftOut() {
        Path file = write(dir, "quote.html", "", "<blockquote cite=\"javascript:alert(1)\"><p>这是一句引文。</p></blockquote>");

        Imported page = read(file);

        assertThat(page.article().body()).filteredOn(b -> b.kind() == BlockKind.QUOTE).extracting(b -> b.text().zh())
                .containsExactly("这是一句引文。");
        assertThat(page.warnings()).containsExactly(file + ":" + line(1)
                + ": quote source 'javascript:alert(1)' is not kept (link scheme 'javascript:' is not allowed)");
    }

    private static List<Inline> nodes(Imported page, String start) {
        Block block = page.article().body().stream().filter(b -> b.text().zh().startsWith(start)).findFirst().orElseThrow();
        return block.text().nodes(Lang.ZH);
    }
}
