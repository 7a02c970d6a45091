package io.geopress.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.Field;
import io.geopress.model.GeopressException;
import io.geopress.model.Provenance;
import io.geopress.model.Source;
import io.geopress.model.Status;
import io.geopress.model.StoredArticle;
import io.geopress.store.ArticleStore.Outcome;
import io.geopress.model.Listing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleStoreTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    @TempDir Path dir;

    private ArticleStore store() {
        return ArticleStore.openSqlite(dir.resolve("geopress.db"), ZONE,
                Clock.fixed(Instant.parse("2026-05-01T02:00:00Z"), ZoneOffset.UTC));
    }

    private static Article article(String url, String body, Instant readAt) {
        return new Article(new Bilingual("城市电车为何回归？", "Why are city trams coming back?"), Bilingual.EMPTY, null,
                new Source(new Bilingual("晨报", "Morning Post"), url, null, Bilingual.EMPTY),
                List.of(Block.paragraph(new Bilingual(body, "Trams are back."))), List.of(), List.of(), List.of(),
                List.of(), false, null, Map.of(Field.BODY, new Provenance("import:text", "a.txt", readAt, false)));
    }

    private static Article dated(String url, OffsetDateTime date) {
        return new Article(new Bilingual("标题？", "Title?"), Bilingual.EMPTY, date,
                new Source(Bilingual.EMPTY, url, null, Bilingual.EMPTY), List.of(Block.paragraph(new Bilingual("一。", "One."))),
                null, null, null, null, false, null, null);
    }

    @Test
    void aStoreOfTheSecondSchemaGetsItsListingsFromItsRevisions() throws Exception {
        ArticleStore store = store();
        store.save(List.of(new ArticleStore.Draft(article("https://example.org/trams", "电车回来了。", Instant.EPOCH), "import")));
        store.publishAll();
        List<Listing> expected = store.publishedListings();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("geopress.db"));
                Statement sql = db.createStatement()) { // back to schema 2, as a store made before listings were kept
            sql.execute("DROP TABLE revision_listing");
            sql.execute("DROP TABLE model_response");
            sql.execute("DROP TABLE label_slug");
            sql.execute("DROP TABLE label_text");
            sql.execute("DELETE FROM flyway_schema_history WHERE version IN ('3', '4', '5', '8')");
            sql.execute("PRAGMA user_version = 2");
        }
        assertThat(store().publishedListings()).isEqualTo(expected).hasSize(1);
    }

    @Test
    void aStoreOfTheThirdSchemaGainsTheResponseCacheAndKeepsItsArticles() throws Exception {
        ArticleStore store = store();
        String slug = store.save(List.of(new ArticleStore.Draft(article("https://example.org/trams", "电车回来了。", Instant.EPOCH),
                "import"))).get(0).slug();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("geopress.db"));
                Statement sql = db.createStatement()) { // back to schema 3, as a store made before replies were kept
            sql.execute("DROP TABLE model_response");
            sql.execute("DROP TABLE label_slug");
            sql.execute("DROP TABLE label_text");
            sql.execute("DELETE FROM flyway_schema_history WHERE version IN ('4', '5', '8')");
            sql.execute("PRAGMA user_version = 3");
        }
        ArticleStore migrated = store();
        assertThat(migrated.history(slug)).hasSize(1);
        assertThat(migrated.reply("translate/v1/m/abc")).isEmpty();
        migrated.putReply("translate/v1/m/abc", "{\"en\":\"Trams are back.\"}");
        assertThat(store().reply("translate/v1/m/abc")).contains("{\"en\":\"Trams are back.\"}");
    }

    @Test
    void aReplyKeptAgainUnderItsKeyReplacesTheOldOne() {
        ArticleStore store = store();
        store.putReply("k", "first");
        store.putReply("k", "second");
        assertThat(store.reply("k")).contains("second");
        assertThat(store.reply("other")).isEmpty();
    }

    @Test
    void aRevisionByItsSlugKeepsTheArticleWhateverItsNewTitleAndRefusesAStaleBase() {
        ArticleStore store = store();
        Article untitled = dated(null, null); // no URL, no source: its identity is a hash of title and text
        String slug = store.save(List.of(new ArticleStore.Draft(untitled, "import"))).get(0).slug();
        Article retitled = untitled.withTitle(new Bilingual("新标题？", "A new title?"), new Provenance("m", "", Instant.EPOCH, true));
        assertThat(store.revise(slug, 1, untitled, "enrich: m")).isEqualTo(new ArticleStore.Saved(slug, Outcome.UNCHANGED, 1));
        assertThat(store.revise(slug, 1, retitled, "enrich: m")).isEqualTo(new ArticleStore.Saved(slug, Outcome.REVISED, 2));
        assertThat(store.list()).hasSize(1);
        assertThat(store.history(slug)).extracting(ArticleStore.Revision::reason).containsExactly("import", "enrich: m");
        assertThatThrownBy(() -> store.revise(slug, 1, untitled, "enrich: m")).isInstanceOf(GeopressException.class)
                .hasMessage(slug + ": revision 2 was saved while revision 1 was being worked on; nothing saved");
        assertThat(store.history(slug)).hasSize(2);
    }

    @Test
    void importingTheSameContentTwiceAddsNoRevisionEvenWhenReadAtAnotherTime() {
        ArticleStore store = store();
        Article first = article("https://example.org/trams", "电车回来了。", Instant.parse("2026-01-01T00:00:00Z"));
        Article again = article("https://example.org/trams", "电车回来了。", Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(store.save(List.of(new ArticleStore.Draft(first, "import a.txt")))).containsExactly(
                new ArticleStore.Saved("why-are-city-trams-coming-back", Outcome.CREATED, 1));
        assertThat(store.save(List.of(new ArticleStore.Draft(again, "import a.txt"))).get(0).outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(store.history("why-are-city-trams-coming-back")).hasSize(1);
    }

    @Test
    void categoriesAreStoredListedAndAddNoRevisionWhenImportedAgain() {
        ArticleStore store = store();
        Article base = article("https://example.org/trams", "电车回来了。", Instant.EPOCH);
        Article filed = new Article(base.title(), base.summary(), null, base.source(), base.body(), List.of(),
                List.of("电车"), List.of("交通", "城市"), List.of(), false, null, base.provenance());
        String slug = store.save(List.of(new ArticleStore.Draft(filed, "import a.md"))).get(0).slug();
        assertThat(store.save(List.of(new ArticleStore.Draft(filed, "import a.md"))).get(0).outcome()).isEqualTo(Outcome.UNCHANGED);
        store.publish(List.of(slug));

        assertThat(store.find(slug).orElseThrow().article().categories()).containsExactly("交通", "城市");
        assertThat(store.publishedListings().get(0).categories()).containsExactly("交通", "城市");
        assertThat(store.publishedListings().get(0).tags()).containsExactly("电车");
    }

    @Test
    void anArticleWithoutCategoriesIsStoredAsBeforeCategoriesExisted() {
        Article plain = article("https://example.org/trams", "电车回来了。", Instant.EPOCH);
        String written = Json.write(plain);
        assertThat(written).doesNotContain("categories");
        // a revision stored before categories existed has no such key: it reads as none, and hashes as it did
        Article old = Json.read(written.getBytes(StandardCharsets.UTF_8));
        assertThat(old.categories()).isEmpty();
        assertThat(Json.contentHash(old)).isEqualTo(Json.contentHash(plain));
        Article filed = new Article(plain.title(), plain.summary(), null, plain.source(), plain.body(), List.of(),
                List.of(), List.of("交通"), List.of(), false, null, plain.provenance());
        assertThat(Json.contentHash(filed)).isNotEqualTo(Json.contentHash(plain));
        assertThat(Json.read(Json.write(filed).getBytes(StandardCharsets.UTF_8)).categories()).containsExactly("交通");
    }

    @Test
    void theSourceUrlIsTheIdentityWhateverItsCaseOrTrailingSlash() {
        ArticleStore store = store();
        store.save(List.of(new ArticleStore.Draft(article("https://example.org/trams", "电车回来了。", Instant.EPOCH), "i")));
        store.save(List.of(new ArticleStore.Draft(article("HTTPS://Example.org/trams/#top", "电车回来了。", Instant.EPOCH), "i")));
        assertThat(store.list()).hasSize(1);
    }

    @Test
    void changedContentWithTheSameIdentityIsANewRevisionAndTheOldOneIsKept() {
        ArticleStore store = store();
        store.save(List.of(new ArticleStore.Draft(article("https://example.org/trams", "电车回来了。", Instant.EPOCH), "import v1")));
        List<ArticleStore.Saved> saved =
                store.save(List.of(new ArticleStore.Draft(article("https://example.org/trams", "电车真的回来了。", Instant.EPOCH), "import v2")));
        assertThat(saved.get(0).outcome()).isEqualTo(Outcome.REVISED);
        assertThat(saved.get(0).revision()).isEqualTo(2);
        assertThat(store.history(saved.get(0).slug())).extracting(ArticleStore.Revision::reason)
                .containsExactly("import v1", "import v2");
        assertThat(store.list()).hasSize(1);
        assertThat(store.list().get(0).article().body().get(0).text().zh()).isEqualTo("电车真的回来了。");
    }

    @Test
    void slugsAreUniqueAndStayWhenTheTitleChanges() {
        ArticleStore store = store();
        String a = store.save(List.of(new ArticleStore.Draft(article("https://example.org/a", "一。", Instant.EPOCH), "i"))).get(0).slug();
        String b = store.save(List.of(new ArticleStore.Draft(article("https://example.org/b", "二。", Instant.EPOCH), "i"))).get(0).slug();
        assertThat(b).isEqualTo(a + "-2");
        Article retitled = new Article(new Bilingual("新标题？", "A new title?"), Bilingual.EMPTY, null,
                new Source(Bilingual.EMPTY, "https://example.org/a", null, Bilingual.EMPTY),
                List.of(Block.paragraph(new Bilingual("一。", "One."))), null, null, null, null, false, null, null);
        assertThat(store.save(List.of(new ArticleStore.Draft(retitled, "i"))).get(0).slug()).isEqualTo(a);
    }

    @Test
    void publishingSetsTheDateOnceAndALaterPublishKeepsIt() {
        ArticleStore store = store();
        String slug = store.save(List.of(new ArticleStore.Draft(article("https://example.org/t", "一。", Instant.EPOCH), "i"))).get(0).slug();
        ArticleStore.Published published = store.publish(List.of(slug)).get(0);
        assertThat(store.find(slug).orElseThrow().status()).isEqualTo(Status.PUBLISHED);
        assertThat(published.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-05-01T10:00+08:00"));
        store.save(List.of(new ArticleStore.Draft(article("https://example.org/t", "二。", Instant.EPOCH), "i")));
        assertThat(store.published().get(0).article().body().get(0).text().zh()).isEqualTo("一。");
        assertThat(store.find(slug).orElseThrow().hasUnpublishedChanges()).isTrue();
        assertThat(store.publish(List.of(slug)).get(0).publishedAt()).isEqualTo(published.publishedAt());
        assertThat(store.published().get(0).article().body().get(0).text().zh()).isEqualTo("二。");
        assertThat(store.events(slug)).extracting(ArticleStore.Event::action).containsExactly("publish", "publish");
    }

    @Test
    void listsArePutInOrderByInstantWhateverTheOffset() {
        ArticleStore store = store();
        Article east = dated("https://example.org/east", OffsetDateTime.parse("2026-03-17T01:00+08:00"));
        Article west = dated("https://example.org/west", OffsetDateTime.parse("2026-03-16T20:00Z"));
        store.save(List.of(new ArticleStore.Draft(east, "i"), new ArticleStore.Draft(west, "i")));
        store.publishAll();
        assertThat(store.publishedListings()).extracting(l -> l.publishedAt().toString())
                .containsExactly("2026-03-16T20:00Z", "2026-03-17T01:00+08:00");
    }

    @Test
    void publishedArticlesComeInBatchesNewestFirstAndAFailingBatchStopsTheRest() {
        ArticleStore store = store();
        List<ArticleStore.Draft> drafts = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            drafts.add(new ArticleStore.Draft(dated("https://example.org/" + day, OffsetDateTime.parse("2026-03-0" + day + "T08:00+08:00")), "i"));
        }
        store.save(drafts);
        store.publishAll();
        List<String> newestFirst = store.publishedListings().stream().map(Listing::slug).toList();
        List<List<String>> batches = new ArrayList<>();
        store.forEachPublished(newestFirst, 3, batch -> batches.add(batch.stream().map(StoredArticle::slug).toList()));
        assertThat(batches).extracting(List::size).containsExactly(3, 3, 1);
        assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(newestFirst);
        assertThat(batches.get(0).get(0)).isEqualTo(newestFirst.get(0));

        List<Integer> seen = new ArrayList<>();
        assertThatThrownBy(() -> store.forEachPublished(newestFirst, 3, batch -> {
            seen.add(batch.size());
            throw new IllegalStateException("disk full");
        })).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
        assertThat(seen).containsExactly(3);

        store.forEachPublished(List.of(), 3, batch -> seen.add(-1));
        assertThat(seen).containsExactly(3);
    }

    @Test
    void aRepublishedRevisionIsModifiedWhenItWasMadeButKeepsItsPublicationDate() {
        Instant[] now = {Instant.parse("2026-05-01T02:00:00Z")};
        Clock moving = new Clock() {
            @Override public ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(ZoneId zone) { return this; }
            @Override public Instant instant() { return now[0]; }
        };
        ArticleStore store = ArticleStore.openSqlite(dir.resolve("moving.db"), ZONE, moving);
        String slug = store.save(List.of(new ArticleStore.Draft(article("https://example.org/m", "一。", Instant.EPOCH), "i"))).get(0).slug();
        store.publish(List.of(slug));
        assertThat(store.published().get(0).modifiedAt()).isEqualTo(OffsetDateTime.parse("2026-05-01T10:00+08:00"));
        now[0] = Instant.parse("2026-05-03T02:00:00Z");
        store.save(List.of(new ArticleStore.Draft(article("https://example.org/m", "二。", Instant.EPOCH), "i")));
        store.publish(List.of(slug));
        StoredArticle republished = store.published().get(0);
        assertThat(republished.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-05-01T10:00+08:00"));
        assertThat(republished.modifiedAt()).isEqualTo(OffsetDateTime.parse("2026-05-03T10:00+08:00"));
        assertThat(store.publishedListings().get(0).modifiedAt()).isEqualTo(republished.modifiedAt());
    }

    @Test
    void theSchemaVersionIsTheNewestMigration() throws Exception {
        try (var files = java.nio.file.Files.list(Path.of(ArticleStore.class.getResource("/db/migration").toURI()))) {
            int newest = files.map(f -> f.getFileName().toString())
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            assertThat(Sqlite.SCHEMA_VERSION).isEqualTo(newest);
        }
    }

    @Test
    void publishedArticlesWithABlockToReviewAreListed() {
        ArticleStore store = store();
        Instant now = Instant.parse("2026-03-01T08:00:00Z");
        String clean = store.save(List.of(new ArticleStore.Draft(article("https://example.org/clean", "一。", now), "import"))).get(0).slug();
        Article base = article("https://example.org/flagged", "二。", now);
        Article flagged = base.withTranslation(List.of(base.body().get(0).withFlag(BlockFlag.NEEDS_REVIEW)),
                new Provenance("test-model", "translate v1", now, true));
        String review = store.save(List.of(new ArticleStore.Draft(flagged, "enrich"))).get(0).slug();
        assertThat(store.publishedNeedingReview()).isEmpty();

        store.publishAll();

        assertThat(store.publishedNeedingReview()).containsExactly(review).doesNotContain(clean);
    }

    @Test
    void publishingAnUnknownSlugChangesNothing() {
        ArticleStore store = store();
        String slug = store.save(List.of(new ArticleStore.Draft(article("https://example.org/t", "一。", Instant.EPOCH), "i"))).get(0).slug();
        assertThatThrownBy(() -> store.publish(List.of(slug, "no-such-article")))
                .isInstanceOf(GeopressException.class).hasMessage("no article with slug 'no-such-article'");
        assertThat(store.find(slug).orElseThrow().status()).isEqualTo(Status.DRAFT);
    }
}
