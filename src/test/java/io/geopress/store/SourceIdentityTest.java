package io.geopress.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.GeopressException;
import io.geopress.model.Source;
import io.geopress.store.ArticleStore.Draft;
import io.geopress.store.ArticleStore.Outcome;
import io.geopress.store.ArticleStore.Saved;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article is the file, id or page its source names: two sources are never merged into one article. */
class SourceIdentityTest {
    @TempDir Path dir;

    private ArticleStore store() {
        return ArticleStore.openSqlite(dir.resolve("geopress.db"), ZoneId.of("Asia/Shanghai"),
                Clock.fixed(Instant.parse("2026-05-01T02:00:00Z"), ZoneOffset.UTC));
    }

    /** A daily column: every issue has the same title and source, and cites the same page. */
    private static Article column(String text) {
        return column(text, null);
    }

    private static Article column(String text, String slug) {
        return new Article(new Bilingual("今日市场怎么样？", "How did the market do today?"), Bilingual.EMPTY, null,
                new Source(new Bilingual("晨报", "Morning Post"), slug == null ? "https://example.org/markets" : null, null,
                        Bilingual.EMPTY),
                List.of(Block.paragraph(new Bilingual(text, ""))), List.of(), List.of(), List.of(), List.of(), false,
                slug, null);
    }

    private static Draft draft(Article article, String file) {
        return new Draft(article, "import " + file, List.of(), file, "file:" + file);
    }

    private static List<Outcome> outcomes(List<Saved> saved) {
        return saved.stream().map(Saved::outcome).toList();
    }

    @Test
    void twoFilesOfOneTitleAndSourceAreTwoArticlesAndImportedAgainChangeNothing() {
        ArticleStore store = store();
        List<Draft> folder = List.of(draft(column("周一上涨。"), "columns/mon.md"), draft(column("周二下跌。"), "columns/tue.md"));
        List<Saved> first = store.save(folder);
        assertThat(outcomes(first)).containsExactly(Outcome.CREATED, Outcome.CREATED);
        assertThat(first.get(0).slug()).isNotEqualTo(first.get(1).slug());
        assertThat(outcomes(store.save(folder))).containsExactly(Outcome.UNCHANGED, Outcome.UNCHANGED);
        List<Saved> edited = store.save(List.of(draft(column("周二小幅下跌。"), "columns/tue.md")));
        assertThat(edited.get(0)).isEqualTo(new Saved(first.get(1).slug(), Outcome.REVISED, 2));
        assertThat(store.history(first.get(0).slug())).hasSize(1);
    }

    @Test
    void anImportInWhichTwoSourcesTakeOneIdentityIsRefusedNamingBothAndSavesNothing() {
        ArticleStore store = store();
        Draft a = new Draft(column("周一。"), "import feed.jsonl:1", List.of(), "feed.jsonl:1", "id:42");
        Draft b = new Draft(column("周二。"), "import feed.jsonl:7", List.of(), "feed.jsonl:7", "id:42");
        assertThatThrownBy(() -> store.save(List.of(a, b))).isInstanceOf(GeopressException.class)
                .hasMessage("feed.jsonl:7: the same article as feed.jsonl:1 (both have the id 42); nothing imported: an "
                        + "import never merges two sources into one article");
        Draft c = new Draft(column("周一。"), "import a.jsonl:1");
        Draft d = new Draft(column("周二。"), "import a.jsonl:2");
        assertThatThrownBy(() -> store.save(List.of(c, d)))
                .hasMessage("a.jsonl:2: the same article as a.jsonl:1 (both cite https://example.org/markets); nothing "
                        + "imported: an import never merges two sources into one article, give each an id");
        assertThat(store.list()).isEmpty();
    }

    @Test
    void aStoreFromBeforeIdentitiesWereRecordedHasEachArticleFoundOnceByItsOldIdentity() throws Exception {
        ArticleStore store = store();
        // made by an older geopress (no keys: the source URL, else the slug, was the identity): the daily column's two
        // files became one article of two revisions
        String merged = store.save(List.of(new Draft(column("周一上涨。"), "import columns/mon.md"))).get(0).slug();
        store.save(List.of(new Draft(column("周二下跌。"), "import columns/tue.md")));
        String other = store.save(List.of(new Draft(column("周三持平。", "wed"), "import columns/wed.md"))).get(0).slug();
        OlderSchema.rewind(dir.resolve("geopress.db"), 5);
        List<Saved> again = store().save(List.of(draft(column("周一上涨。"), "columns/mon.md"),
                draft(column("周二下跌。"), "columns/tue.md"), draft(column("周三持平。", "wed"), "columns/wed.md")));
        assertThat(again).extracting(Saved::slug).first().isEqualTo(merged);
        assertThat(outcomes(again)).containsExactly(Outcome.REVISED, Outcome.CREATED, Outcome.UNCHANGED);
        assertThat(again.get(2).slug()).isEqualTo(other);
        assertThat(outcomes(store().save(List.of(draft(column("周一上涨。"), "columns/mon.md"),
                draft(column("周二下跌。"), "columns/tue.md"), draft(column("周三持平。", "wed"), "columns/wed.md")))))
                .containsOnly(Outcome.UNCHANGED);
    }
}
