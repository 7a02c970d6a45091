package io.geopress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.geopress.testing.GeopressProcess;
import io.geopress.testing.GeopressProcess.Result;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as scripts use it: real processes, stdout for data, one-line errors, exit codes. */
class CliContractTest {
    @TempDir Path dir;
    Path site;

    @BeforeEach
    void initSite() throws Exception {
        site = dir.resolve("site");
        Result init = GeopressProcess.run(dir, "init", "site");
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(site.resolve("geopress.yml")).exists();
    }

    private Path sample(String name) throws Exception {
        Path file = dir.resolve(name);
        Files.copy(CliContractTest.class.getResourceAsStream("/samples/" + name), file);
        return file;
    }

    @Test
    void importPublishBuildAndListAsAScriptWould() throws Exception {
        Path trams = sample("01-city-trams.txt");
        Result imported = GeopressProcess.run(site, "import", trams.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out().strip()).isEqualTo("why-trams-are-back-lessons-from-lanhe-s-first-year");

        Result again = GeopressProcess.run(site, "import", trams.toString());
        assertThat(again.out().strip()).isEqualTo(imported.out().strip());
        assertThat(again.err()).contains("0 new, 0 revised, 1 unchanged");

        String slug = imported.out().strip();
        assertThat(GeopressProcess.run(site, "publish", slug).out().strip()).isEqualTo(slug);
        Result build = GeopressProcess.run(site, "build");
        assertThat(build.exitCode()).as(build.err()).isZero();

        Result list = GeopressProcess.run(dir, "--site", "site", "list", "--json");
        JsonNode row = new ObjectMapper().readTree(list.out().lines().findFirst().orElseThrow());
        assertThat(row.get("slug").asText()).isEqualTo(slug);
        assertThat(row.get("status").asText()).isEqualTo("published");
        assertThat(row.get("title").asText()).startsWith("为什么越来越多的城市");
        assertThat(site.resolve("public").resolve(row.get("path").asText())).isRegularFile();
        assertThat(site.resolve("public").resolve(row.get("path").asText() + ".md")).isRegularFile();
    }

    /** The run bin/geopress makes its class-data archive from: a build, a rename, a rebuild, in one cold JVM. */
    @Test
    @Timeout(180)
    void theDemoRebuildsAfterARenameForTheClassDataArchive() throws Exception {
        Result demo = GeopressProcess.run(dir, "demo", "--no-serve", "--rebuild", "demo-site");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        Path articles = dir.resolve("demo-site/public/articles");
        try (var files = Files.list(articles)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(name -> name.endsWith("-renamed.html"));
        }
        assertThat(Files.readString(dir.resolve("demo-site/public/_redirects"))).contains("-renamed.html 301");
    }

    @Test
    void historyListsEveryRevisionAndThePublish() throws Exception {
        Path trams = sample("01-city-trams.txt");
        String slug = GeopressProcess.run(site, "import", trams.toString()).out().strip();
        GeopressProcess.run(site, "publish", slug);
        Files.writeString(trams, Files.readString(trams).replace("19座车站", "20座车站"));
        assertThat(GeopressProcess.run(site, "import", trams.toString()).err()).contains("1 revised");
        List<String> history = GeopressProcess.run(site, "history", slug).out().lines().toList();
        assertThat(history).hasSize(3);
        assertThat(history.get(0)).startsWith("r1 ").contains("import " + trams);
        assertThat(history.get(1)).startsWith("r2 ");
        assertThat(history.get(2)).contains("publish revision 1");
    }

    @Test
    void aMarkdownFileWithASlugStaysOneArticleAsItIsEdited() throws Exception {
        Path post = dir.resolve("bakery.md");
        Files.writeString(post, "---\ntitle: 社区面包房为何排长队?\nslug: Bakery Queue\n---\n\n面包每天早上七点出炉。\n\nBread comes out at seven every morning.\n");
        Result first = GeopressProcess.run(site, "import", post.toString());
        assertThat(first.out().strip()).isEqualTo("bakery-queue");
        Files.writeString(post, Files.readString(post).replace("七点", "六点半").replace("seven", "half past six"));
        Result edited = GeopressProcess.run(site, "import", post.toString());
        assertThat(edited.out().strip()).isEqualTo("bakery-queue");
        assertThat(edited.err()).contains("0 new, 1 revised");

        Path other = dir.resolve("other.md");
        Files.writeString(other, "---\ntitle: 另一家面包房?\nslug: bakery-queue\nsource_url: https://example.org/other\n---\n\n另一家店。\n\nAnother shop.\n");
        Result clash = GeopressProcess.run(site, "import", other.toString());
        assertThat(clash.out().strip()).isEqualTo("bakery-queue-2");
        assertThat(clash.err()).contains("warning: " + other + ": slug 'bakery-queue' belongs to another article; this one is 'bakery-queue-2'");
    }

    @Test
    void aMistypedCommandLineIsOneLineAndExitCodeTwo() throws Exception {
        Result result = GeopressProcess.run(site, "publish", "--bogus");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("geopress: error: Unknown option: '--bogus' (see geopress publish --help)");
        Result neither = GeopressProcess.run(site, "publish");
        assertThat(neither.exitCode()).isEqualTo(1);
        assertThat(neither.err().strip()).isEqualTo("geopress: error: give either slugs or --all");
    }

    @Test
    void everyCommandHasTheHelpItsErrorsPointTo() {
        for (String command : List.of("init", "import", "publish", "build", "serve", "demo", "list", "history", "rename", "enrich")) {
            StringWriter out = new StringWriter();
            CommandLine cli = new CommandLine(new Main()).setOut(new PrintWriter(out));
            assertThat(cli.execute(command, "--help")).as(command).isZero();
            assertThat(out.toString()).as(command).startsWith("Usage: geopress " + command);
        }
        StringWriter build = new StringWriter();
        new CommandLine(new Main()).setOut(new PrintWriter(build)).execute("build", "--help");
        assertThat(build.toString()).contains("--full");
    }

    @Test
    void anEmptyFileIsRefusedAndTheStoreIsUnchanged() throws Exception {
        assertRefused("empty.txt", new byte[0], "empty.txt: empty file");
    }

    @Test
    void aBinaryFileIsRefusedAndTheStoreIsUnchanged() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertRefused("picture.txt", png, "picture.txt: binary file");
    }

    @Test
    void htmlWithoutMainContentIsRefusedAndTheStoreIsUnchanged() throws Exception {
        String nav = "<!DOCTYPE html><html><head><title>首页</title></head><body><nav><ul>"
                + "<li><a href=/a>新闻</a></li><li><a href=/b>体育</a></li><li><a href=/c>财经</a></li>"
                + "<li><a href=/d>科技</a></li></ul></nav><footer>© 示例网</footer></body></html>";
        assertRefused("menu.html", nav.getBytes(StandardCharsets.UTF_8), "menu.html: no main content");
    }

    @Test
    void aTruncatedJsonLinesLineIsRefusedWithItsLineAndTheStoreIsUnchanged() throws Exception {
        String lines = "{\"title\":\"第一篇?\",\"body\":\"第一段。\\n\\nFirst paragraph.\",\"source_url\":\"https://example.org/1\"}\n"
                + "{\"title\":\"第二篇?\",\"body\":\"第二段。\\n\\nSecond para";
        assertRefused("bulk.jsonl", lines.getBytes(StandardCharsets.UTF_8), "bulk.jsonl:2: invalid JSON");
    }

    @Test
    void aBadLineAfterHundredsOfSavedOnesRollsThemAllBack() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 600; i++) {
            lines.append("{\"title\":\"第").append(i).append("篇?\",\"source_url\":\"https://example.org/").append(i)
                    .append("\",\"body\":\"第").append(i).append("段。\\n\\nParagraph ").append(i).append(".\"}\n");
        }
        lines.append("{\"title\": 601\n");
        assertRefused("many.jsonl", lines.toString().getBytes(StandardCharsets.UTF_8), "many.jsonl:601: invalid JSON");
    }

    @Test
    void malformedFrontMatterIsRefusedWithItsLineAndTheStoreIsUnchanged() throws Exception {
        String md = "---\ntitle: 河流清理\ntags: [a, b\nsource: 示例报\n---\n\n正文。\n\nBody.\n";
        assertRefused("post.md", md.getBytes(StandardCharsets.UTF_8), "post.md:4: front matter is not valid YAML");
    }

    private void assertRefused(String name, byte[] content, String expectedStart) throws Exception {
        String before = dump();
        GeopressProcess.run(site, "import", sample("02-tea-soil-sensors.txt").toString());
        String withOne = dump();
        assertThat(withOne).isNotEqualTo(before);
        Path bad = dir.resolve(name);
        Files.write(bad, content);
        Result result = GeopressProcess.run(site, "import", sample("01-city-trams.txt").toString(), bad.toString());
        assertThat(result.exitCode()).isNotZero();
        List<String> errors = result.err().lines().filter(l -> l.startsWith("geopress: error:")).toList();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).startsWith("geopress: error: " + bad.toString().replace(name, "") + expectedStart);
        assertThat(result.err().lines().filter(l -> l.contains("\tat "))).as("no stack trace").isEmpty();
        assertThat(dump()).as("the store after the refused import").isEqualTo(withOne);
    }

    /** Every row of every table, so a test can check that a failed command changed nothing. */
    private String dump() throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + site.resolve("geopress.db"))) {
            for (String table : List.of("article", "revision", "event")) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= columns; i++) row.add(rs.getString(i));
                        out.append(table).append(row).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }
}
