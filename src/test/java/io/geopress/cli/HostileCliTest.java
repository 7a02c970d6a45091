package io.geopress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.testing.GeopressProcess;
import io.geopress.testing.GeopressProcess.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13 on the command line: what it prints cannot drive the terminal, and failures are one line unless asked. */
class HostileCliTest {
    @TempDir Path dir;
    private Path site;

    @BeforeEach
    void init() throws Exception {
        site = dir.resolve("site");
        assertThat(GeopressProcess.run(dir, "init", "site").exitCode()).isZero();
    }

    private Result run(String... args) throws Exception {
        return GeopressProcess.run(site, args);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void titlesAndFileNamesWithEscapeSequencesPrintAsVisibleEscapes() throws Exception {
        // the JSON escapes reach the article; the control characters in the file name reach messages
        Path file = write("bad\u001b]0;owned\u0007.jsonl", "{\"title\":\"Trees\",\"body\":\"Two hundred trees.\"}\n"
                + "{\"title\":\"Rivers\",\"body\":\"Clean water.\",\"source_url\":\"not a url\\u001b[2J\"}\n");
        Result failed = run("import", file.toString());
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).doesNotContain("\u001b").doesNotContain("\u0007")
                .contains("bad\\u001b]0;owned\\u0007.jsonl:2: key 'source_url': not an http(s) URL: \"not a url\\u001b[2J\"");
        assertThat(failed.err().lines()).filteredOn(l -> l.startsWith("geopress: error:")).hasSize(1);

        Path good = write("good.md", "---\ntitle: \"红\\e[31m字\\a\"\n---\n\nText without translation.\n");
        assertThat(run("import", good.toString()).err()).doesNotContain("\u001b");
        Path forged = write("in\rimported 0 article(s).md", "---\ntitle: \"Innocent\\nforged-slug    published\"\n---\n\nText.\n");
        Result carriage = run("import", forged.toString());
        assertThat(carriage.err()).doesNotContain("\r").contains("in\\rimported 0 article(s).md");
        Result list = run("list");
        assertThat(list.out()).doesNotContain("\u001b").doesNotContain("\u0007").contains("红[31m字")
                .contains("Innocent\\nforged-slug").doesNotContain("\nforged-slug");
    }

    @Test
    void aFailureIsOneLineAndItsStackTraceComesOnlyWithDebug() throws Exception {
        Path deep = write("deep.md", "---\ntitle: 深\nx: " + "[".repeat(1001) + "]".repeat(1001) + "\n---\n\n深。\n");
        Result plain = run("import", deep.toString());
        assertThat(plain.exitCode()).isEqualTo(1);
        assertThat(plain.err().strip().lines()).singleElement().asString().startsWith("geopress: error: " + deep + ":");
        Result debug = run("--debug", "import", deep.toString());
        assertThat(debug.err()).contains("\tat io.geopress.");
        Result debugAfter = run("import", "--debug", deep.toString());
        assertThat(debugAfter.err()).contains("\tat io.geopress.");
        Process env = GeopressProcess.builder(site, Map.of("GEOPRESS_DEBUG", "1"), "import", deep.toString()).start();
        String err = new String(env.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(env.waitFor()).isEqualTo(1);
        assertThat(err).contains("\tat io.geopress.");
    }

    @Test
    void aPageWhoseLinksCannotBeResolvedImportsWithoutALogOrAStackTrace() throws Exception {
        Path page = write("canon.html", "<html><head><title>Trams are back</title><link rel=\"canonical\" href=\"http://exa mple.com/a\">"
                + "</head><body><article><p>" + "The tram line opened on Monday. <a href=\"rel/ative\">more</a> ".repeat(20)
                + "</p></article></body></html>");
        Result imported = run("import", page.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.err()).doesNotContain("\tat ").doesNotContain("ERROR").doesNotContain("<div");
    }

    @Test
    void aMonolingualImportSaysOnceHowManyBlocksLackATranslation() throws Exception {
        StringBuilder md = new StringBuilder("---\ntitle: Trees in the park\n---\n\n");
        for (int i = 1; i <= 40; i++) md.append("Paragraph ").append(i).append(" about the trees in the park.\n\n");
        Path file = write("english.md", md.toString());
        Result imported = run("import", file.toString());
        assertThat(imported.exitCode()).isZero();
        assertThat(imported.err().lines().filter(l -> l.startsWith("warning:")))
                .containsExactly("warning: " + file + ": 40 block(s) in English only; `geopress enrich` translates them (--verbose names each)");
        Result verbose = run("import", "--verbose", dir.resolve("english.md").toString());
        assertThat(verbose.err().lines().filter(l -> l.contains("has no Chinese translation"))).hasSize(40);
    }

    @Test
    void aWithdrawnArticleIsListedAsSuchAndPublishAllLeavesItOut() throws Exception {
        Path file = write("a.md", "---\ntitle: 公园为何种树?\nslug: trees\n---\n\n公园种树。\n\nThe park plants trees.\n");
        assertThat(run("import", file.toString()).exitCode()).isZero();
        assertThat(run("publish", "--all").exitCode()).isZero();
        Result withdrawn = run("withdraw", "trees", "--reason", "takedown request");
        assertThat(withdrawn.exitCode()).as(withdrawn.err()).isZero();
        assertThat(withdrawn.out().strip()).isEqualTo("trees");
        assertThat(run("publish", "--all").out()).doesNotContain("trees");
        assertThat(run("list", "--json").out()).contains("\"slug\":\"trees\",\"status\":\"withdrawn\"");
        assertThat(run("history", "trees").out()).contains("withdraw takedown request");
        Result unknown = run("withdraw", "nope");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err().strip()).isEqualTo("geopress: error: no article with slug 'nope'");
    }
}
