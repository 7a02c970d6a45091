package io.geopress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.config.ConfigFile;
import io.geopress.model.Block;
import io.geopress.model.BlockKind;
import io.geopress.store.ArticleStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geopress import --static DIR}: where a Markdown image path starting with '/' is, through the real command. */
class ImportStaticOptionTest {
    private static final String POST = "---\ntitle: 夜市地图\ntitle_en: The night market map\n---\n\n"
            + "夜市在河边。\n\nThe night market is by the river.\n\n![地图](/images/map.png)\n\n![Out](/../../secret.png)\n";

    @TempDir Path dir;
    Path site;
    Path notes;
    String err;

    @BeforeEach
    void siteAndAFileOutsideAnyHugoSite() throws Exception {
        site = dir.resolve("site");
        assertThat(Main.run("init", site.toString())).isZero();
        notes = Files.writeString(Files.createDirectories(dir.resolve("notes")).resolve("map.md"), POST);
    }

    private int run(String... args) {
        CommandRun run = CommandRun.of(args);
        err = run.err();
        return run.exit();
    }

    @Test
    void withoutAHugoSiteOrTheOptionARootPathIsAWarningNamingFileAndLine() {
        assertThat(run("--site", site.toString(), "import", notes.toString())).isZero();

        assertThat(err).contains("warning: " + notes + ":10: '/images/map.png' is a path on the site, but the file is in no"
                + " Hugo 'content' folder to find the site's 'static' folder from; give --static DIR");
    }

    @Test
    void theOptionIsTheStaticFolderAndNoPathLeavesIt() throws Exception {
        Path assets = Files.createDirectories(dir.resolve("assets"));

        assertThat(run("--site", site.toString(), "import", "--static", assets.toString(), notes.toString())).as(err).isZero();

        assertThat(err).doesNotContain("give --static DIR")
                .contains("warning: " + notes + ":12: image '/../../secret.png': the path leads out of " + assets.toAbsolutePath());
        ArticleStore store = ArticleStore.openSqlite(site.resolve("geopress.db"), ConfigFile.read(site).timeZone(), Clock.systemUTC());
        var body = store.find(store.list().get(0).slug()).orElseThrow().article().body();
        assertThat(body).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.FIGURE, BlockKind.PARAGRAPH);
        assertThat(body.get(1).figure().src()).isEqualTo("/images/map.png");
    }

    @Test
    void aStaticFolderThatIsNoFolderIsAUsageError() {
        assertThat(run("--site", site.toString(), "import", "--static", dir.resolve("nowhere").toString(), notes.toString()))
                .isEqualTo(2);
        assertThat(err).startsWith("geopress: error: --static " + dir.resolve("nowhere") + ": no such folder");
    }
}
