package io.geopress.store;

import io.geopress.model.Article;
import io.geopress.model.BlockFlag;
import io.geopress.model.GeopressException;
import io.geopress.model.Lang;
import io.geopress.model.Listing;
import io.geopress.model.Redirect;
import io.geopress.model.Status;
import io.geopress.model.StoredArticle;
import io.geopress.text.Slugs;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * The articles of a site and every revision of each. Nothing is overwritten: a change of content is a new
 * revision, a change of status an event. Each method is one transaction.
 */
public final class ArticleStore {
    /** What an import did to one article. */
    public enum Outcome { CREATED, REVISED, UNCHANGED }

    public record Saved(String slug, Outcome outcome, int revision) {}

    /**
     * An article to save and why, e.g. "import posts/a.md" (kept with the revision), and the other addresses it
     * had, site-relative (Hugo's aliases), to redirect to it.
     */
    public record Draft(Article article, String reason, List<String> aliases) {
        public Draft {
            aliases = List.copyOf(aliases);
        }

        public Draft(Article article, String reason) {
            this(article, reason, List.of());
        }
    }


    public record Revision(int number, Instant at, String reason, String contentHash) {}

    public record Event(Instant at, String action, String detail) {}

    private final Sqlite db;
    private final Clock clock;
    private final ZoneId zone;

    private ArticleStore(Sqlite db, Clock clock, ZoneId zone) {
        this.db = db;
        this.clock = clock;
        this.zone = zone;
    }

    /** Builds the reader of stored articles now, in the calling thread, rather than at the first article read. */
    public static void warmUp() {
        Json.warmUp();
    }

    /** Opens (creating it when absent) the SQLite store at {@code file} and brings its schema up to date. */
    public static ArticleStore openSqlite(Path file, ZoneId zone, Clock clock) {
        return new ArticleStore(Sqlite.open(file), clock, zone);
    }

    /** Saves each article as a new article or a new revision of the one with its identity, all or nothing. */
    public List<Saved> save(List<Draft> drafts) {
        return save(sink -> drafts.forEach(sink));
    }

    /**
     * Saves the drafts {@code producer} hands to its sink, in one transaction: when the producer throws (a bad
     * line late in a large file), everything it handed over is rolled back and the exception goes on.
     */
    public List<Saved> save(Consumer<Consumer<Draft>> producer) {
        return db.jdbi().inTransaction(h -> {
            List<Saved> saved = new ArrayList<>();
            producer.accept(draft -> {
                Saved one = saveOne(h, draft.article(), draft.reason());
                for (String alias : draft.aliases()) addRedirect(h, Redirects.normalize(alias), one.slug());
                saved.add(one);
            });
            return saved;
        });
    }

    /**
     * Saves {@code article} as the next revision of the article {@code slug}, whose identity stays as it is (an
     * enriched article's new title or text must not make it another article). Unchanged content adds nothing.
     *
     * @param basedOn the revision {@code article} was made from; when the article has a newer one by now (an import
     *     in between), nothing is saved and the call fails
     */
    public Saved revise(String slug, int basedOn, Article article, String reason) {
        return db.jdbi().inTransaction(h -> {
            long[] row = h.createQuery("SELECT id, latest_revision FROM article WHERE slug = ?").bind(0, slug)
                    .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).findOne()
                    .orElseThrow(() -> new GeopressException("no article with slug '" + slug + "'"));
            int latest = (int) row[1];
            if (latest != basedOn) {
                throw new GeopressException(slug + ": revision " + latest + " was saved while revision " + basedOn
                        + " was being worked on; nothing saved");
            }
            String hash = Json.contentHash(article);
            String latestHash = h.createQuery("SELECT content_hash FROM revision WHERE article_id = ? AND number = ?")
                    .bind(0, row[0]).bind(1, latest).mapTo(String.class).one();
            if (latestHash.equals(hash)) return new Saved(slug, Outcome.UNCHANGED, latest);
            insertRevision(h, row[0], latest + 1, hash, article, reason, clock.instant().toString());
            h.execute("UPDATE article SET latest_revision = ? WHERE id = ?", latest + 1, row[0]);
            return new Saved(slug, Outcome.REVISED, latest + 1);
        });
    }

    private Saved saveOne(Handle h, Article article, String reason) {
        String identity = Identity.of(article);
        String hash = Json.contentHash(article);
        String now = clock.instant().toString();
        Optional<long[]> existing = h.createQuery("SELECT id, latest_revision FROM article WHERE identity = ?")
                .bind(0, identity)
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .findOne();
        if (existing.isPresent()) {
            long id = existing.get()[0];
            int latest = (int) existing.get()[1];
            String slug = slugOf(h, id);
            String latestHash = h.createQuery("SELECT content_hash FROM revision WHERE article_id = ? AND number = ?")
                    .bind(0, id).bind(1, latest).mapTo(String.class).one();
            if (latestHash.equals(hash)) return new Saved(slug, Outcome.UNCHANGED, latest);
            int next = latest + 1;
            insertRevision(h, id, next, hash, article, reason, now);
            h.execute("UPDATE article SET latest_revision = ? WHERE id = ?", next, id);
            return new Saved(slug, Outcome.REVISED, next);
        }
        String slug = uniqueSlug(h, article);
        long id = h.createUpdate("INSERT INTO article (identity, slug, status, latest_revision, created_at) "
                        + "VALUES (?, ?, ?, 1, ?)")
                .bind(0, identity).bind(1, slug).bind(2, Status.DRAFT.name()).bind(3, now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        insertRevision(h, id, 1, hash, article, reason, now);
        return new Saved(slug, Outcome.CREATED, 1);
    }

    private static void insertRevision(Handle h, long id, int number, String hash, Article a, String reason, String now) {
        h.execute("INSERT INTO revision (article_id, number, content_hash, content, reason, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", id, number, hash, Json.write(a), reason, now);
        h.execute("INSERT INTO revision_listing (article_id, number, title_zh, title_en, summary_zh, summary_en, tags, "
                        + "categories, source_zh, source_en, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, number,
                a.title().zh(), a.title().en(), a.summary().zh(), a.summary().en(), Json.writeStrings(a.tags()),
                Json.writeStrings(a.categories()), a.source().name().zh(), a.source().name().en(), now);
    }

    private static String uniqueSlug(Handle h, Article article) {
        String base = article.slug() != null ? Slugs.normalize(article.slug()) : derivedSlug(article);
        if (base.isEmpty()) base = "article";
        String slug = base;
        for (int n = 2; h.createQuery("SELECT count(*) FROM article WHERE slug = ?").bind(0, slug)
                .mapTo(Integer.class).one() > 0; n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static String derivedSlug(Article a) {
        if (a.title().has(Lang.EN)) return Slugs.fromEnglish(a.title().en());
        if (a.source().title().has(Lang.EN)) return Slugs.fromEnglish(a.source().title().en());
        return Slugs.fromChinese(a.title().any());
    }

    private static String slugOf(Handle h, long id) {
        return h.createQuery("SELECT slug FROM article WHERE id = ?").bind(0, id).mapTo(String.class).one();
    }

    /**
     * Gives an article a new slug. Its old address becomes a redirect; the new slug must be valid and not another
     * article's, nor another article's old address.
     */
    public void rename(String oldSlug, String newSlug) {
        if (!Slugs.isValid(newSlug)) {
            throw new GeopressException("'" + newSlug + "' is not a valid slug: use lower-case letters, digits and hyphens");
        }
        db.jdbi().useTransaction(h -> {
            long id = Rows.find(h, oldSlug).orElseThrow(() -> new GeopressException("no article with slug '" + oldSlug + "'")).id();
            if (Rows.find(h, newSlug).isPresent()) throw new GeopressException("slug '" + newSlug + "' belongs to another article");
            Optional<Long> owner = h.createQuery("SELECT article_id FROM redirect WHERE path = ?")
                    .bind(0, Redirects.articlePath(newSlug)).mapTo(Long.class).findOne();
            if (owner.isPresent() && owner.get() != id) {
                throw new GeopressException("slug '" + newSlug + "' was another article's and now redirects to it");
            }
            h.execute("DELETE FROM redirect WHERE path = ?", Redirects.articlePath(newSlug));
            h.execute("UPDATE article SET slug = ? WHERE id = ?", newSlug, id);
            addRedirect(h, Redirects.articlePath(oldSlug), newSlug);
            h.execute("INSERT INTO event (article_id, at, action, detail) VALUES (?, ?, 'rename', ?)",
                    id, clock.instant().toString(), oldSlug + " -> " + newSlug);
        });
    }

    /** Every redirect, in path order. */
    public List<Redirect> redirects() {
        return db.query("SELECT d.path, a.slug FROM redirect d JOIN article a ON a.id = d.article_id ORDER BY d.path",
                List.of(), rs -> new Redirect(rs.getString(1), rs.getString(2)));
    }

    /** A path that is some article's live address is never a redirect; one that redirects elsewhere is kept. */
    private void addRedirect(Handle h, String path, String slug) {
        if (path.isEmpty()) return;
        boolean live = h.createQuery("SELECT count(*) FROM article WHERE ? = 'articles/' || slug || '.html'")
                .bind(0, path).mapTo(Integer.class).one() > 0;
        if (live) return;
        long id = Rows.find(h, slug).orElseThrow().id();
        h.execute("INSERT INTO redirect (path, article_id, created_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (path) DO NOTHING", path, id, clock.instant().toString());
    }

    /** What a publish did to one article. */
    public record Published(String slug, int revision, OffsetDateTime publishedAt, boolean changed) {}

    /**
     * Publishes the latest revision of each article. Our publication date is set once: from the article's own
     * date when it has one, else now; a later publish never changes it. Unknown slugs fail the whole call.
     */
    public List<Published> publish(List<String> slugs) {
        return db.jdbi().inTransaction(h -> {
            List<Published> published = new ArrayList<>();
            for (String slug : new LinkedHashSet<>(slugs)) published.add(publishOne(h, slug));
            return published;
        });
    }

    public List<Published> publishAll() {
        return publish(db.jdbi().withHandle(h -> h.createQuery("SELECT slug FROM article ORDER BY id").mapTo(String.class).list()));
    }

    private Published publishOne(Handle h, String slug) {
        // json_extract reads the article's own date without parsing the whole revision
        record Row(long id, String status, int latest, int published, String publishedAt, String ownDate) {}
        Row row = h.createQuery("SELECT a.id, a.status, a.latest_revision, a.published_revision, a.published_at, "
                        + "json_extract(r.content, '$.date') FROM article a JOIN revision r ON r.article_id = a.id "
                        + "AND r.number = a.latest_revision WHERE a.slug = ?")
                .bind(0, slug)
                .map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6)))
                .findOne()
                .orElseThrow(() -> new GeopressException("no article with slug '" + slug + "'"));
        if (row.status().equals(Status.PUBLISHED.name()) && row.published() == row.latest()) {
            return new Published(slug, row.latest(), OffsetDateTime.parse(row.publishedAt()), false);
        }
        OffsetDateTime at = row.publishedAt() != null ? OffsetDateTime.parse(row.publishedAt())
                : row.ownDate() != null ? OffsetDateTime.parse(row.ownDate())
                : OffsetDateTime.ofInstant(clock.instant(), zone);
        h.execute("UPDATE article SET status = ?, published_revision = latest_revision, published_at = ? WHERE id = ?",
                Status.PUBLISHED.name(), at.toString(), row.id());
        h.execute("INSERT INTO event (article_id, at, action, detail) VALUES (?, ?, 'publish', ?)",
                row.id(), clock.instant().toString(), "revision " + row.latest());
        return new Published(slug, row.latest(), at, true);
    }

    /** Every article at its latest revision, newest first. */
    public List<StoredArticle> list() {
        return db.jdbi().withHandle(h -> h.createQuery(Rows.SELECT + "JOIN revision r ON r.article_id = a.id "
                        + "AND r.number = a.latest_revision ORDER BY a.id DESC")
                .map((rs, ctx) -> Rows.row(rs)).list());
    }

    /** Published articles at their published revision, newest publication first. */
    public List<StoredArticle> published() {
        List<StoredArticle> all = new ArrayList<>();
        forEachPublished(publishedListings().stream().map(Listing::slug).toList(), 500, all::addAll);
        return all;
    }

    /** The published articles of {@code slugs} at their published revision, newest first, {@code batchSize} at a time. */
    public void forEachPublished(List<String> wanted, int batchSize, Consumer<List<StoredArticle>> action) {
        PublishedBatches.forEach(db, wanted, batchSize, action);
    }

    /**
     * Title, summary, date, tags and categories of every published article, newest first, read without parsing
     * revisions (a revision from before categories has none).
     */
    public List<Listing> publishedListings() {
        // one JSON array a row: the driver's cost is per column read (a lambda, a lock and a native call each), and
        // a dozen columns a row took 130–280 ms of a rebuild's CPU for 10,000 rows, one array a row 130–150 ms
        return db.query("SELECT json_array(a.slug, l.title_zh, l.title_en, l.summary_zh, l.summary_en, "
                + "a.published_at, l.tags, l.source_zh, l.source_en, l.number, l.created_at, l.categories) "
                + "FROM article a "
                + "JOIN revision_listing l ON l.article_id = a.id AND l.number = a.published_revision "
                + "WHERE a.status = 'PUBLISHED' ORDER BY julianday(a.published_at) DESC, a.id DESC", List.of(),
                rs -> Rows.listing(Json.readValues(rs.getString(1))));
    }

    /** The slugs of published articles whose live revision has a block flagged for review, in slug order. */
    public List<String> publishedNeedingReview() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT a.slug FROM article a JOIN revision r ON r.article_id = a.id "
                        + "AND r.number = a.published_revision WHERE r.content LIKE ? ORDER BY a.slug")
                .bind(0, "%\"" + BlockFlag.NEEDS_REVIEW.name() + "\"%").mapTo(String.class).list());
    }

    public Optional<StoredArticle> find(String slug) {
        return db.jdbi().withHandle(h -> Rows.find(h, slug));
    }

    public List<Revision> history(String slug) {
        return db.jdbi().withHandle(h -> {
            long id = Rows.find(h, slug).orElseThrow(() -> new GeopressException("no article with slug '" + slug + "'")).id();
            return h.createQuery("SELECT number, created_at, reason, content_hash FROM revision "
                            + "WHERE article_id = ? ORDER BY number")
                    .bind(0, id)
                    .map((rs, ctx) -> new Revision(rs.getInt(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4)))
                    .list();
        });
    }

    public List<Event> events(String slug) {
        return db.jdbi().withHandle(h -> {
            long id = Rows.find(h, slug).orElseThrow(() -> new GeopressException("no article with slug '" + slug + "'")).id();
            return h.createQuery("SELECT at, action, detail FROM event WHERE article_id = ? ORDER BY id")
                    .bind(0, id)
                    .map((rs, ctx) -> new Event(Instant.parse(rs.getString(1)), rs.getString(2), rs.getString(3)))
                    .list();
        });
    }

    /** The model reply kept under {@code key}, if any (see {@link #putReply}). */
    public Optional<String> reply(String key) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT reply FROM model_response WHERE key = ?")
                .bind(0, key).mapTo(String.class).findOne());
    }

    /** Keeps a model's reply under {@code key}, replacing the one kept before (a request asked again with --force). */
    public void putReply(String key, String reply) {
        db.jdbi().useHandle(h -> h.execute("INSERT INTO model_response (key, reply, created_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET reply = excluded.reply, created_at = excluded.created_at",
                key, reply, clock.instant().toString()));
    }
}
