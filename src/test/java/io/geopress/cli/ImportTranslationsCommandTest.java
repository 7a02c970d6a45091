package io.geopress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.config.ConfigFile;
import io.geopress.model.StoredArticle;
import io.geopress.store.ArticleStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geopress import} of a Hugo multilingual content folder, through the real command and store. */
class ImportTranslationsCommandTest {
    @TempDir Path dir;
    String err;

    private int run(String... args) {
        CommandRun run = CommandRun.of(args);
        err = run.err();
        return run.exit();
    }

    @Test
    void eachPagesTranslationsAreOneArticleAndAThirdLanguageIsOneWarning() throws Exception {
        Path site = dir.resolve("site");
        assertThat(Main.run("init", site.toString())).isZero();
        Path posts = Files.createDirectories(dir.resolve("hugo/content/posts"));
        Files.writeString(posts.resolve("ferry.zh.md"), "---\ntitle: 渡口\n---\n渡船每半小时一班。\n");
        Files.writeString(posts.resolve("ferry.en.md"), "---\ntitle: The ferry\n---\nA ferry leaves every half hour.\n");
        Files.writeString(posts.resolve("ferry.fr.md"), "---\ntitle: Le bac\n---\nUn bac part toutes les demi-heures.\n");

        assertThat(run("--site", site.toString(), "import", dir.resolve("hugo/content").toString())).as(err).isZero();

        assertThat(err).contains("warning: 1 file(s) in French (fr) left out: geopress publishes Chinese and English (first: "
                + posts.resolve("ferry.fr.md") + ")").contains("imported 1 article(s): 1 new");
        ArticleStore store = ArticleStore.openSqlite(site.resolve("geopress.db"), ConfigFile.read(site).timeZone(), Clock.systemUTC());
        List<StoredArticle> all = store.list();
        assertThat(all).hasSize(1);
        var article = store.find(all.get(0).slug()).orElseThrow().article();
        assertThat(article.title().zh()).isEqualTo("渡口");
        assertThat(article.title().en()).isEqualTo("The ferry");
        assertThat(article.body()).singleElement().matches(b -> b.text().isComplete());

        assertThat(run("--site", site.toString(), "import", dir.resolve("hugo/content").toString())).as(err).isZero();
        assertThat(err).contains("imported 1 article(s): 0 new, 0 revised, 1 unchanged");
    }
}
