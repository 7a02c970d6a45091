package io.geopress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geopress import FEED} through the real command. */
class ImportFeedTest {
    @TempDir Path dir;
    Path site;
    String out;
    String err;

    @BeforeEach
    void site() {
        site = dir.resolve("site");
        assertThat(Main.run("init", site.toString())).isZero();
    }

    private int run(String... args) {
        CommandRun run = CommandRun.of(args);
        err = run.err();
        out = run.out();
        return run.exit();
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(ImportFeedTest.class.getResource("/fixture/feeds/" + name).toURI());
    }

    @Test
    void aFeedImportsAnArticlePerEntryAndAgainChangesNothing() throws Exception {
        Path feed = fixture("river-notes.rss");

        assertThat(run("--site", site.toString(), "import", feed.toString())).as(err).isZero();
        assertThat(out.lines()).hasSize(3).doesNotHaveDuplicates();
        assertThat(err).contains("imported 3 article(s): 3 new, 0 revised, 0 unchanged, 0 conflicting;");

        assertThat(run("--site", site.toString(), "import", feed.toString())).as(err).isZero();
        assertThat(err).contains("imported 3 article(s): 0 new, 0 revised, 3 unchanged");
    }

    @Test
    void aFeedDeclaringEntitiesFailsOnOneLineAndSavesNothing() throws Exception {
        Path feed = Files.writeString(dir.resolve("evil.rss"), "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n<rss version=\"2.0\"><channel>"
                + "<title>&lol2;</title><item><title>t</title><description>d</description></item></channel></rss>");

        assertThat(run("--site", site.toString(), "import", feed.toString())).isNotZero();

        assertThat(err.strip()).doesNotContain("\n").contains(feed + ":2: not well-formed XML: a DOCTYPE declaration is not allowed");
        assertThat(run("--site", site.toString(), "list")).isZero();
        assertThat(out).doesNotContain("lol");
    }
}
