package io.geopress.store;

import io.geopress.model.Article;
import io.geopress.model.LabelSlugs;
import io.geopress.model.LabelText;
import io.geopress.model.Listing;
import io.geopress.model.Publication;
import io.geopress.model.Redirect;
import io.geopress.model.SitePath;
import io.geopress.model.Status;
import io.geopress.model.StoredArticle;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** What an import did to one article; {@code published} is what publishing it did, or null when it was not. */
    public record Saved(String slug, Outcome outcome, int revision, Published published) {
        public Saved(String slug, Outcome outcome, int revision) {
            this(slug, outcome, revision, null);
        }
    }

    /**
     * An article to save and why, e.g. "import posts/a.md" (kept with the revision), and the other addresses it
     * had (Hugo's aliases), to redirect to it; {@code origin} is where they were given, for errors naming both
     * articles when another already holds one. {@code publication} is what its source says of its life there.
     *
     * @param key the identity its source gives ({@code file:posts/a.md}, {@code id:42}, {@code url:…}), which makes
     *     it the same article when imported again; null when the source gives none, and the article's source URL,
     *     slug, or source name and title serve
     */
    public record Draft(Article article, String reason, List<SitePath> aliases, String origin, String key,
            Publication publication) {
        public Draft {
            aliases = List.copyOf(aliases);
            publication = publication == null ? Publication.LIVE : publication;
        }

        public Draft(Article article, String reason, List<SitePath> aliases, String origin, String key) {
            this(article, reason, aliases, origin, key, Publication.LIVE);
        }

        public Draft(Article article, String reason, List<SitePath> aliases, String origin) {
            this(article, reason, aliases, origin, null);
        }

        public Draft(Article article, String reason) {
            this(article, reason, List.of(), reason);
        }
    }

    public record Revision(int number, Instant at, String reason, String contentHash) {}

    public record Event(Instant at, String action, String detail) {}

    private final Sqlite db;
    private final Clock clock;
    private final ZoneId zone;
    private final Queries queries;

    private ArticleStore(Sqlite db, Clock clock, ZoneId zone) {
        this.db = db;
        this.clock = clock;
        this.zone = zone;
        this.queries = new Queries(db, clock);
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
        return save(producer, false);
    }

    /**
     * As {@link #save(Consumer)}; with {@code publish}, then publishes, in the same transaction, each article its
     * source does not mark as a draft, unless it was withdrawn (only an explicit {@link #publish} brings that back).
     * Each draft's expiry is recorded either way.
     */
    public List<Saved> save(Consumer<Consumer<Draft>> producer, boolean publish) {
        return db.inTransaction(h -> {
            Saving saving = new Saving(h, now());
            Lifecycle lifecycle = lifecycle(h);
            List<Saved> saved = new ArrayList<>();
            List<Draft> drafts = new ArrayList<>();
            producer.accept(draft -> {
                Saved one = saving.save(draft.article(), draft.key(), draft.reason());
                for (SitePath alias : draft.aliases()) saving.alias(alias, one.slug(), draft.origin());
                lifecycle.expire(one.slug(), draft.publication().expires());
                saved.add(one);
                if (publish) drafts.add(draft);
            });
            for (int i = 0; i < drafts.size(); i++) {
                Saved one = saved.get(i);
                if (drafts.get(i).publication().draft() || lifecycle.isWithdrawn(one.slug())) continue;
                saved.set(i, new Saved(one.slug(), one.outcome(), one.revision(), lifecycle.publish(one.slug())));
            }
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
        return db.inTransaction(h -> new Saving(h, now()).revise(slug, basedOn, article, reason));
    }

    /**
     * Gives an article a new slug. Its old address becomes a redirect; the new slug must be valid and not another
     * article's, nor another article's old address.
     */
    public void rename(String oldSlug, String newSlug) {
        db.useTransaction(h -> lifecycle(h).rename(oldSlug, newSlug));
    }

    /** Every redirect, in path order: paths percent-encoded, relative to the site's root. */
    public List<Redirect> redirects() {
        return db.query("SELECT d.path, a.slug FROM redirect d JOIN article a ON a.id = d.article_id ORDER BY d.path",
                List.of(), rs -> new Redirect(rs.getString(1), rs.getString(2)));
    }

    /** What a publish did to one article. */
    public record Published(String slug, int revision, OffsetDateTime publishedAt, boolean changed) {}

    /**
     * Publishes the latest revision of each article. Our publication date is set once: from the article's own
     * date when it has one, else now; a later publish never changes it. Unknown slugs fail the whole call.
     */
    public List<Published> publish(List<String> slugs) {
        return db.inTransaction(h -> {
            Lifecycle lifecycle = lifecycle(h);
            List<Published> published = new ArrayList<>();
            for (String slug : new LinkedHashSet<>(slugs)) published.add(lifecycle.publish(slug));
            return published;
        });
    }

    /** Publishes every article but those withdrawn, which only an explicit {@link #publish} brings back. */
    public List<Published> publishAll() {
        return publish(db.withHandle(h -> h.createQuery("SELECT slug FROM article WHERE status <> ? ORDER BY id")
                .bind(0, Status.WITHDRAWN.name()).mapTo(String.class).list()));
    }

    /**
     * Takes articles off the site (their pages answer 410 Gone after the next build), all or none; returns the
     * slugs that were not withdrawn already.
     */
    public List<String> withdraw(List<String> slugs, String reason) {
        return db.inTransaction(h -> {
            Lifecycle lifecycle = lifecycle(h);
            List<String> withdrawn = new ArrayList<>();
            for (String slug : new LinkedHashSet<>(slugs)) if (lifecycle.withdraw(slug, reason)) withdrawn.add(slug);
            return withdrawn;
        });
    }

    /**
     * The slugs of articles once published and now off the site, whose addresses a build keeps answering: those
     * withdrawn, and those past their expiry by the store's clock.
     */
    public List<String> withdrawn() {
        return queries.withdrawn();
    }

    /** The slug of each published article by its identity ({@code file:posts/a.md} for a file under its content root). */
    public Map<String, String> publishedIdentities() {
        return queries.publishedIdentities();
    }

    /** The slugs of published articles whose live revision links to another article by its file ({@code ref:} links). */
    public Set<String> publishedReferring() {
        return queries.publishedReferring();
    }

    /**
     * Keeps what each label's list page says of it (a Hugo section's title and description, for its category),
     * replacing what an earlier import kept for the same name.
     */
    public void describeLabels(List<LabelText> texts) {
        db.useTransaction(h -> {
            for (LabelText t : texts) {
                h.execute("INSERT INTO label_text (kind, name, shown_name, title_zh, title_en, description_zh, description_en) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, name) DO UPDATE SET shown_name = excluded.shown_name, "
                        + "title_zh = excluded.title_zh, title_en = excluded.title_en, description_zh = excluded.description_zh, "
                        + "description_en = excluded.description_en", t.kind().word, LabelSlugs.key(t.name()), t.name(),
                        t.title().zh(), t.title().en(), t.description().zh(), t.description().en());
            }
        });
    }

    /** What each label's list page says of it, in name order. */
    public List<LabelText> labelTexts() {
        return queries.labelTexts();
    }

    /** The slug of every tag, category and source name. */
    public LabelSlugs labelSlugs() {
        return Labels.all(db);
    }

    private Lifecycle lifecycle(Handle h) {
        return new Lifecycle(h, now(), zone);
    }

    private String now() {
        return clock.instant().toString();
    }

    /** Every article at its latest revision, newest first. */
    public List<StoredArticle> list() {
        return queries.list();
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
     * Title, summary, date, tags and categories of every article live by the store's clock (published, its
     * publication time reached, its expiry not), newest first, read without parsing revisions (a revision from
     * before categories has none).
     */
    public List<Listing> publishedListings() {
        return queries.publishedListings();
    }

    /** The slugs of published articles whose live revision has a block flagged for review, in slug order. */
    public List<String> publishedNeedingReview() {
        return queries.publishedNeedingReview();
    }

    public Optional<StoredArticle> find(String slug) {
        return db.withHandle(h -> Rows.find(h, slug));
    }

    public List<Revision> history(String slug) {
        return queries.history(slug);
    }

    public List<Event> events(String slug) {
        return queries.events(slug);
    }

    /** The embeddings of passages kept in this store, by the hash of each passage's text and model. */
    public Embeddings embeddings() {
        return new Embeddings(db, clock);
    }

    /** The model reply kept under {@code key}, if any (see {@link #putReply}). */
    public Optional<String> reply(String key) {
        return db.withHandle(h -> h.createQuery("SELECT reply FROM model_response WHERE key = ?")
                .bind(0, key).mapTo(String.class).findOne());
    }

    /** Keeps a model's reply under {@code key}, replacing the one kept before (a request asked again with --force). */
    public void putReply(String key, String reply) {
        db.withHandle(h -> h.execute("INSERT INTO model_response (key, reply, created_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET reply = excluded.reply, created_at = excluded.created_at",
                key, reply, clock.instant().toString()));
    }
}
