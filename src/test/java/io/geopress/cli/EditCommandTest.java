package io.geopress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.config.ConfigFile;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Field;
import io.geopress.model.Provenance;
import io.geopress.store.ArticleStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geopress edit}: an editor's parts are saved as a revision and locked against enrichment. */
class EditCommandTest {
    @TempDir Path dir;
    Path site;
    String slug;

    @BeforeEach
    void siteWithOneArticle() throws Exception {
        site = dir.resolve("site");
        assertThat(Main.run("init", site.toString())).isZero();
        Path file = Files.writeString(dir.resolve("trams.md"), "---\ntitle: 兰河的电车为何回来了？\n---\n\n"
                + "兰河的电车去年重新通车，沿线汽车出行减少了一成。\n\n市政府计划明年再建两条线路，车站将增加到十九座。\n");
        assertThat(Main.run("--site", site.toString(), "import", file.toString())).isZero();
        slug = store().list().get(0).slug();
    }

    @Test
    void anEditedSummaryIsARevisionThatEnrichmentKeeps() {
        assertThat(edit("--summary-zh", "兰河电车回归一年，汽车出行减少。", "--summary-en", "A year on, Lanhe's trams cut car trips.")).isZero();
        Article edited = latest();
        assertThat(edited.summary()).isEqualTo(new Bilingual("兰河电车回归一年，汽车出行减少。", "A year on, Lanhe's trams cut car trips."));
        assertThat(edited.provenance().get(Field.SUMMARY).agent()).isEqualTo(Provenance.EDITOR);
        assertThat(edited.locked(Field.SUMMARY)).isTrue();
        assertThat(store().history(slug)).extracting(ArticleStore.Revision::reason).last().isEqualTo("edit: by hand");
        assertThat(store().history(slug)).hasSize(2);

        assertThat(Main.run("--site", site.toString(), "enrich", "--offline", "--all")).isZero();
        assertThat(latest().summary()).isEqualTo(edited.summary());
        assertThat(latest().keywords()).isNotEmpty(); // what is not locked is still enriched
    }

    @Test
    void anEmptyValueHandsThePartBackToEnrichment() {
        assertThat(edit("--summary-zh", "编辑写的摘要。")).isZero();
        assertThat(edit("--summary-zh", "")).isZero();
        assertThat(latest().summary().isEmpty()).isTrue();
        assertThat(latest().locked(Field.SUMMARY)).isFalse();

        assertThat(Main.run("--site", site.toString(), "enrich", "--offline", "--all")).isZero();
        assertThat(latest().summary().zh()).contains("电车");
        assertThat(latest().provenance().get(Field.SUMMARY).generated()).isTrue();
    }

    @Test
    void tagsAndTitleAreEditedAndTheSameTextAddsNoRevision() {
        assertThat(edit("--tags", "交通, 城市 ,交通", "--title-en", "Why did Lanhe's trams come back?")).isZero();
        assertThat(latest().tags()).containsExactly("交通", "城市");
        assertThat(latest().title()).isEqualTo(new Bilingual("兰河的电车为何回来了？", "Why did Lanhe's trams come back?"));
        assertThat(latest().locked(Field.TAGS)).isTrue();
        assertThat(edit("--tags", "交通,城市")).isZero();
        assertThat(store().history(slug)).hasSize(2);
    }

    @Test
    void nothingToChangeOrNoSuchArticleIsAnErrorAndSavesNothing() {
        assertThat(edit()).isNotZero();
        assertThat(Main.run("--site", site.toString(), "edit", "no-such-article", "--tags", "x")).isNotZero();
        assertThat(edit("--title-zh", "", "--title-en", "")).isNotZero();
        assertThat(store().history(slug)).hasSize(1);
    }

    private int edit(String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "--site";
        args[1] = site.toString();
        args[2] = "edit";
        args[3] = slug;
        System.arraycopy(options, 0, args, 4, options.length);
        return Main.run(args);
    }

    private Article latest() {
        return store().find(slug).orElseThrow().article();
    }

    private ArticleStore store() {
        return ArticleStore.openSqlite(site.resolve("geopress.db"), ConfigFile.read(site).timeZone(), Clock.systemUTC());
    }
}
