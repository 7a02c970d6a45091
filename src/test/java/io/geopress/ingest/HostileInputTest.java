package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.geopress.model.BlockKind;
import io.geopress.model.Progress;
import io.geopress.model.SitePath;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's findings at import: what an import accepts a build can render, and what it refuses it refuses in one
 * line naming the file, the line and the value.
 */
class HostileInputTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String BODY = "\n公园里新种了两百棵树。\n\nTwo hundred trees were planted in the park.\n";
    @TempDir Path dir;
    private final Ingest ingest = new Ingest(ZONE);

    private List<Imported> read(Path file) {
        return ingest.read(file, null, Progress.NONE);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aliasesThatLeaveTheSiteAreRefusedInYamlTomlAndJsonLinesNamingFileLineAndValue() throws IOException {
        Path yaml = write("a.md", "---\ntitle: 树\naliases:\n  - /ok/\n  - ../../../../tmp/x\n---\n" + BODY);
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(ImportException.class)
                .hasMessage(yaml + ":3: front matter key 'aliases': item 2 \"../../../../tmp/x\" has a '..' segment");
        Path toml = write("b.md", "+++\ntitle = \"树\"\naliases = [\"../../templates/article.jte\"]\n+++\n" + BODY);
        assertThatThrownBy(() -> read(toml)).hasMessage(toml + ":3: front matter key 'aliases': "
                + "\"../../templates/article.jte\" has a '..' segment");
        Path jsonl = write("c.jsonl", "{\"title\":\"树\",\"body\":\"树。\"}\n{\"title\":\"树\",\"aliases\":[\"/o1\\t//evil.example/\"],\"body\":\"树。\"}\n");
        assertThatThrownBy(() -> read(jsonl)).hasMessage(jsonl + ":2: key 'aliases': \"/o1\\t//evil.example/\" "
                + "contains white space (write a space as %20)");
    }

    @Test
    void aliasesOnFilesTheBuildMakesOrPathsTheSiteKeepsAreRefused() throws IOException {
        for (String alias : List.of("/sitemap.xml", "/llms.txt", "/_redirects", "/admin/", "/.well-known/x", "/tags/x/")) {
            Path file = write("a.md", "---\ntitle: 树\naliases: [\"" + alias + "\"]\n---\n" + BODY);
            assertThatThrownBy(() -> read(file)).as(alias).hasMessageStartingWith(file + ":3: front matter key 'aliases': \""
                    + alias + "\" is not available: ");
        }
        Path fine = write("fine.md", "---\ntitle: 树\naliases: [/posts/旧文章/, \"/a%20b/\"]\n---\n" + BODY);
        assertThat(read(fine).get(0).aliases()).containsExactly(SitePath.parse("/posts/旧文章/"), SitePath.parse("/a%20b/"));
        assertThat(read(fine).get(0).aliasesAt()).isEqualTo(fine + ":3");
    }

    @Test
    void controlCharactersAreRemovedFromEveryTextAndReported() throws IOException {
        Path file = write("a.md", "---\ntitle: \"树\\u0001与 \\u001b[31m红\"\ntags: [\"a\\u0007b\"]\n---\n\n公园\u0008里新种了两百棵树。\n\nTwo hundred trees.\n");
        Imported imported = read(file).get(0);
        assertThat(imported.article().title().zh()).isEqualTo("树与 [31m红");
        assertThat(imported.article().tags()).containsExactly("ab");
        assertThat(imported.article().body().get(0).text().zh()).isEqualTo("公园里新种了两百棵树。");
        assertThat(imported.warnings()).contains(file + ":6: 1 control character(s) removed (no page, feed or terminal can show them)");
    }

    @Test
    void listsNestedThousandsDeepAreMadeShallowOrRefusedWithTheirLine() throws IOException {
        StringBuilder md = new StringBuilder("---\ntitle: 深\n---\n\n");
        for (int i = 0; i < 3000; i++) md.append("  ".repeat(i)).append("- 项目 item\n");
        Path deepList = write("list.md", md.toString());
        assertThatThrownBy(() -> read(deepList)).hasMessage(deepList + ":261: lists or quotes nested more than 256 deep");
        Path quotes = write("quotes.md", "---\ntitle: 深\n---\n\n" + ">".repeat(3000) + " 引用。\n");
        assertThatThrownBy(() -> read(quotes)).hasMessageStartingWith(quotes + ":").hasMessageContaining("nested more than 256 deep");
        Path html = write("deep.html", "<html><head><title>深</title></head><body><p>" + "城市公园种树。".repeat(40) + "</p>"
                + "<div>".repeat(5000) + "<p>文字</p>" + "</div>".repeat(5000) + "</body></html>");
        assertThatThrownBy(() -> read(html)).hasMessage(html + ":1: elements nested more than 256 deep");
        StringBuilder twelve = new StringBuilder("---\ntitle: 深\n---\n\n");
        for (int i = 0; i < 12; i++) twelve.append("  ".repeat(i)).append("- 第").append(i + 1).append("层\n");
        Imported shallow = read(write("twelve.md", twelve.toString())).get(0);
        assertThat(shallow.article().body()).filteredOn(b -> b.kind() == BlockKind.LIST_ITEM).hasSize(12)
                .allMatch(b -> b.level() <= Checks.MAX_LIST_DEPTH);
        assertThat(shallow.warnings()).anyMatch(w -> w.contains("a list is nested 12 levels deep"));
        Path jsonl = write("levels.jsonl", "{\"title\":\"树\",\"blocks\":[{\"type\":\"item\",\"level\":4294967298,\"zh\":\"树\"}]}\n");
        assertThatThrownBy(() -> read(jsonl)).hasMessage(jsonl + ":1: key 'blocks': block 1: level 4294967298 is out of range");
        Path jsonlDeep = write("deep.jsonl", "{\"title\":\"树\",\"blocks\":[{\"type\":\"item\",\"level\":5000,\"zh\":\"树\"}]}\n");
        assertThatThrownBy(() -> read(jsonlDeep)).hasMessage(jsonlDeep + ":1: key 'blocks': block 1: item level (depth) must be 1 to 8: 5000");
    }

    @Test
    void inputThatParsersTakeQuadraticTimeOverIsRefusedBeforeParsing() throws IOException {
        Path brackets = write("brackets.md", "---\ntitle: 括\n---\n\n" + "![".repeat(50_000) + "x" + "]".repeat(50_000) + "\n");
        assertThatThrownBy(() -> read(brackets)).hasMessage(brackets + ":5: more than 1000 '[', '<' or emphasis marks in one paragraph");
        Path emphasis = write("emphasis.md", "---\ntitle: 强\n---\n\nIntro.\n\na**b" + "c* ".repeat(100_000) + "\n");
        assertThatThrownBy(() -> read(emphasis)).hasMessage(emphasis + ":7: more than 1000 '[', '<' or emphasis marks in one paragraph");
        Path snake = write("snake.md", "---\ntitle: 蛇\n---\n\n" + "snake_case_name ".repeat(3000) + "\n\n" + "\t".repeat(100_000) + "\n\n正文。\n");
        assertThat(read(snake).get(0).article().body()).anyMatch(b -> b.text().en().startsWith("snake_case_name"));
        Path many = write("many.md", "---\ntitle: 括\n---\n\n" + ("<a" + " 字".repeat(5) + "\n\n").repeat(50_001));
        assertThatThrownBy(() -> read(many)).hasMessageStartingWith(many + ":").hasMessageEndingWith("more than 50000 '[', '<' or emphasis marks in the text");
        Path links = write("links.md", "---\ntitle: 括\n---\n\n" + ("[链接 link](https://example.org/a) 文字。\n\n").repeat(900));
        assertThat(read(links).get(0).article().body()).hasSize(900);
        StringBuilder page = new StringBuilder("<html><head><title>大</title></head><body>");
        for (int i = 0; i < 300; i++) page.append("<div>".repeat(200)).append("<p>城市公园种树。</p>").append("</div>".repeat(200));
        Path html = write("wide.html", page.append("</body></html>").toString());
        assertThatThrownBy(() -> read(html)).hasMessageStartingWith(html + ": too large a page to find its article in");
        Path deepText = write("deep-text.html", "<html><head><title>大</title></head><body>" + "<div>".repeat(200) + "<p>"
                + "lorem ipsum dolor sit amet. ".repeat(20_000) + "</p>" + "</div>".repeat(200) + "</body></html>");
        assertThatThrownBy(() -> read(deepText)).hasMessageStartingWith(deepText + ": too large a page to find its article in");
        Path longTitle = write("long-title.html", "<html><head><title>" + "word ".repeat(40_000) + "</title></head><body>"
                + "<h2>Heading</h2><p>The new tram line opened on Monday and runs every six minutes.</p>".repeat(20_000) + "</body></html>");
        assertThatThrownBy(() -> read(longTitle)).hasMessage(longTitle + ": title: 199999 characters; the most is 1000");
    }

    /**
     * Lines that made a regular expression backtrack over a long run of white space: each took minutes at these
     * sizes, and takes milliseconds now; the bound only tells a hang from an import.
     */
    @Test
    void textLinesWithLongRunsOfWhiteSpaceAreReadInLinearTime() throws IOException {
        Path source = write("source.txt", "城市为何种树?\n\n来源：晨报" + " ".repeat(200_000) + "晚报\n\n城市里新种了两百棵树。\n\nTwo hundred trees were planted.\n");
        Path bullet = write("bullet.txt", "城市为何种树?\n\n城市里新种了两百棵树。\n\n- " + " ".repeat(200_000) + "\u2028树木\n\nTrees.\n");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThat(read(source).get(0).article().source().name().zh()).startsWith("晨报").endsWith("晚报");
            assertThat(read(bullet).get(0).article().body()).isNotEmpty();
        });
    }

    @Test
    void aPageWithNoTitleAndNoHeadingIsTitledByItsFirstSentence() throws IOException {
        Path file = write("untitled.html", "<html><body><p>" + "The new tram line opened on Monday. "
                + "It runs every six minutes between the station and the old port, and carries bicycles. ".repeat(4)
                + "</p></body></html>");
        Imported imported = read(file).get(0);
        assertThat(imported.article().title().en()).isEqualTo("The new tram line opened on Monday.");
        assertThat(imported.warnings()).contains(file + ": the page names no title and has no heading; its first sentence is the title");
    }

    @Test
    void onlyRegularFilesWithinTheLimitsAreRead() throws Exception {
        assertThatThrownBy(() -> read(Path.of("/dev/zero"))).hasMessage("/dev/zero: not a regular file (a pipe, a device?); give a file");
        Path undecodable = dir.resolve("a\uFFFDb.md"); // how Java names a file whose name is not in the locale's encoding
        assertThatThrownBy(() -> read(undecodable)).hasMessage(undecodable + ": no such file: its name is not valid in this "
                + "system's encoding (use a UTF-8 locale)");
        Path fifo = dir.resolve("pipe.md");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        assertThatThrownBy(() -> read(fifo)).hasMessage(fifo + ": not a regular file (a pipe, a device?); give a file");

        Ingest small = new Ingest(ZONE, new ImportLimits(1024, 200));
        Path big = write("big.md", "---\ntitle: 大\n---\n\n" + "大。".repeat(1000));
        assertThatThrownBy(() -> small.read(big, null, Progress.NONE)).hasMessageStartingWith(big + ": ")
                .hasMessageContaining("larger than 1024 bytes, the limit of a file holding one article");
        Path lines = write("big.jsonl", "{\"title\":\"树\",\"body\":\"树。\"}\n{\"title\":\"树\",\"body\":\"" + "树".repeat(300) + "\"}\n");
        assertThatThrownBy(() -> small.read(lines, null, Progress.NONE))
                .hasMessage(lines + ":2: the line is longer than 200 bytes, the limit of one record (import: max_record_mb in geopress.yml)");
    }

    @Test
    void yamlNestedTooDeeplyOrWithAnchorsIsAnErrorNamingTheFile() throws IOException {
        Path deep = write("deep.md", "---\ntitle: 深\nx: " + "[".repeat(1001) + "]".repeat(1001) + "\n---\n" + BODY);
        assertThatThrownBy(() -> read(deep)).isInstanceOf(ImportException.class).hasMessageStartingWith(deep + ":")
                .hasMessageContaining("front matter is not valid YAML");
        Path anchors = write("anchors.md", "---\ntitle: 树\nx: &i [a, b]\ntags: *i\n---\n" + BODY);
        assertThatThrownBy(() -> read(anchors)).hasMessage(anchors + ":3: front matter uses a YAML anchor (&name), "
                + "which geopress does not read; write the value out");
    }

    @Test
    void utf16WithItsByteOrderMarkIsReadInEveryFormatAndWithoutItRefused() throws IOException {
        String md = "---\ntitle: 树\n---\n" + BODY;
        String jsonl = "{\"title\":\"树\",\"body\":\"公园里新种了两百棵树。\\n\\nTwo hundred trees.\"}\n{\"title\":\"花\",\"body\":\"花开了。\"}\n";
        String text = "公园为何种树?\n公园里新种了两百棵树。\nTwo hundred trees were planted in the park.\n";
        for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            assertThat(read(bom(dir.resolve("a.md"), md, charset)).get(0).article().title().zh()).isEqualTo("树");
            assertThat(read(bom(dir.resolve("a.jsonl"), jsonl, charset))).extracting(i -> i.article().title().zh())
                    .containsExactly("树", "花");
            assertThat(read(bom(dir.resolve("a.txt"), text, charset)).get(0).article().body()).hasSize(1);
        }
        Path bare = Files.write(dir.resolve("bare.jsonl"), jsonl.getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> read(bare)).hasMessageStartingWith(bare + ": binary file");
    }

    @Test
    void hugosZeroDateIsNoDateAndImplausibleYearsAreErrorsNamingTheField() throws IOException {
        Path zero = write("zero.md", "---\ntitle: 树\ndate: 0001-01-01T00:00:00Z\n---\n" + BODY);
        assertThat(read(zero).get(0).article().date()).isNull();
        for (String date : List.of("0000-03-01", "1899-12-31", "2201-01-01")) {
            Path file = write("d.md", "---\ntitle: 树\nsource_date: " + date + "\n---\n" + BODY);
            assertThatThrownBy(() -> read(file)).as(date).hasMessageMatching("\\Q" + file + ":3: front matter key 'source_date': year "
                    + "\\E\\d+ is outside 1900–2200");
        }
        Path text = write("t.txt", "公园为何种树?\n0000/1/1\n公园里新种了两百棵树。\nTwo hundred trees were planted in the park.\n");
        assertThatThrownBy(() -> read(text)).hasMessage(text + ": date: year 0 is outside 1900–2200");
    }

    @Test
    void titlesAndTagsHaveLengthLimits() throws IOException {
        Path title = write("t.md", "---\ntitle: \"" + "长".repeat(1001) + "\"\n---\n" + BODY);
        assertThatThrownBy(() -> read(title)).hasMessage(title + ": title: 1001 characters; the most is 1000");
        Path tags = write("g.md", "---\ntitle: 树\ntags: [\"" + "x".repeat(201) + "\"]\n---\n" + BODY);
        assertThatThrownBy(() -> read(tags)).hasMessage(tags + ": tags: one is 201 characters long; the most is 200");
    }

    private static Path bom(Path file, String text, Charset charset) throws IOException {
        byte[] mark = charset == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        return Files.write(file, all);
    }
}
