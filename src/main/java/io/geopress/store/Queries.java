package io.geopress.store;

import io.geopress.model.Bilingual;
import io.geopress.model.BlockFlag;
import io.geopress.model.LabelText;
import io.geopress.model.LinkTarget;
import io.geopress.model.Listing;
import io.geopress.model.Status;
import io.geopress.model.StoredArticle;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What {@link ArticleStore} reads without changing anything: lists, listings, histories, identities. */
final class Queries {
    private final Sqlite db;
    private final Clock clock;

    Queries(Sqlite db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    private String now() {
        return clock.instant().toString();
    }

    /**
     * The slugs of articles once published and now off the site, whose addresses a build keeps answering: those
     * withdrawn, and those past their expiry by the store's clock.
     */
    List<String> withdrawn() {
        return db.query("SELECT slug FROM article WHERE published_revision > 0 AND (status = ? OR status = ? "
                        + "AND julianday(expires_at) <= julianday(?)) ORDER BY slug",
                List.of(Status.WITHDRAWN.name(), Status.PUBLISHED.name(), now()), rs -> rs.getString(1));
    }

    /** The slug of each published article by its identity ({@code file:posts/a.md} for a file under its content root). */
    Map<String, String> publishedIdentities() {
        Map<String, String> slugs = new HashMap<>();
        for (String[] row : db.query("SELECT identity, slug FROM article WHERE status = 'PUBLISHED'", List.of(),
                rs -> new String[] {rs.getString(1), rs.getString(2)})) {
            slugs.put(row[0], row[1]);
        }
        return slugs;
    }

    /** The slugs of published articles whose live revision links to another article by its file ({@code ref:} links). */
    Set<String> publishedReferring() {
        return new HashSet<>(db.query("SELECT a.slug FROM article a JOIN revision r ON r.article_id = a.id "
                + "AND r.number = a.published_revision WHERE a.status = 'PUBLISHED' AND instr(r.content, ?) > 0",
                List.of("\"href\":\"" + LinkTarget.REFERENCE), rs -> rs.getString(1)));
    }

    /** What each label's list page says of it, in name order. */
    List<LabelText> labelTexts() {
        return db.query("SELECT kind, shown_name, title_zh, title_en, description_zh, description_en FROM label_text ORDER BY kind, name",
                List.of(), rs -> new LabelText(Labels.kind(rs.getString(1)), rs.getString(2), new Bilingual(rs.getString(3), rs.getString(4)),
                        new Bilingual(rs.getString(5), rs.getString(6))));
    }

    /** Every article at its latest revision, newest first. */
    List<StoredArticle> list() {
        return db.withHandle(h -> h.createQuery(Rows.SELECT + "JOIN revision r ON r.article_id = a.id "
                        + "AND r.number = a.latest_revision ORDER BY a.id DESC")
                .map((rs, ctx) -> Rows.row(rs)).list());
    }

    /**
     * Title, summary, date, tags and categories of every article live by the store's clock (published, its
     * publication time reached, its expiry not), newest first, read without parsing revisions (a revision from
     * before categories has none).
     */
    List<Listing> publishedListings() {
        // one JSON array a row: the driver's cost is per column read (a lambda, a lock and a native call each), and
        // a dozen columns a row took 130–280 ms of a rebuild's CPU for 10,000 rows, one array a row 130–150 ms
        return db.query("SELECT json_array(a.slug, l.title_zh, l.title_en, l.summary_zh, l.summary_en, "
                + "a.published_at, l.tags, l.source_zh, l.source_en, l.number, l.created_at, l.categories) "
                + "FROM article a "
                + "JOIN revision_listing l ON l.article_id = a.id AND l.number = a.published_revision "
                + "WHERE a.status = 'PUBLISHED' AND julianday(a.published_at) <= julianday(?1) "
                + "AND (a.expires_at IS NULL OR julianday(a.expires_at) > julianday(?1)) "
                + "ORDER BY julianday(a.published_at) DESC, a.id DESC", List.of(now()),
                rs -> Rows.listing(Json.readValues(rs.getString(1))));
    }

    /** The slugs of published articles whose live revision has a block flagged for review, in slug order. */
    List<String> publishedNeedingReview() {
        return db.withHandle(h -> h.createQuery("SELECT a.slug FROM article a JOIN revision r ON r.article_id = a.id "
                        + "AND r.number = a.published_revision WHERE r.content LIKE ? ORDER BY a.slug")
                .bind(0, "%\"" + BlockFlag.NEEDS_REVIEW.name() + "\"%").mapTo(String.class).list());
    }

    List<ArticleStore.Revision> history(String slug) {
        return db.withHandle(h -> {
            long id = Rows.find(h, slug).orElseThrow(() -> Lifecycle.unknown(slug)).id();
            return h.createQuery("SELECT number, created_at, reason, content_hash FROM revision "
                            + "WHERE article_id = ? ORDER BY number")
                    .bind(0, id)
                    .map((rs, ctx) -> new ArticleStore.Revision(rs.getInt(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4)))
                    .list();
        });
    }

    List<ArticleStore.Event> events(String slug) {
        return db.withHandle(h -> {
            long id = Rows.find(h, slug).orElseThrow(() -> Lifecycle.unknown(slug)).id();
            return h.createQuery("SELECT at, action, detail FROM event WHERE article_id = ? ORDER BY id")
                    .bind(0, id)
                    .map((rs, ctx) -> new ArticleStore.Event(Instant.parse(rs.getString(1)), rs.getString(2), rs.getString(3)))
                    .list();
        });
    }
}
