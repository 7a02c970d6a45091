package io.geopress.store;

import io.geopress.model.GeopressException;
import io.geopress.model.Status;
import io.geopress.store.ArticleStore.Published;
import io.geopress.text.Slugs;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Changes of an article's state within one transaction (DESIGN.md §2, "An article's life"): publishing, withdrawing
 * and renaming, each recorded as an event.
 */
final class Lifecycle {
    private final Handle h;
    private final String now;
    private final ZoneId zone;

    Lifecycle(Handle h, String now, ZoneId zone) {
        this.h = h;
        this.now = now;
        this.zone = zone;
    }

    /**
     * Publishes the latest revision of {@code slug}, a withdrawn article too. Our publication date is set once, at
     * the first publish: the article's own date (Hugo's {@code publishDate}) when it has one; else the original's
     * date when that is still to come (a Hugo page dated in the future, which Hugo holds back until then); else now.
     * A later publish never changes it, unless it is still to come: a scheduled article is scheduled again.
     */
    Published publish(String slug) {
        // json_extract reads the article's own dates without parsing the whole revision
        record Row(long id, String status, int latest, int published, String publishedAt, String ownDate, String sourceDate) {}
        Row row = h.createQuery("SELECT a.id, a.status, a.latest_revision, a.published_revision, a.published_at, "
                        + "json_extract(r.content, '$.date'), json_extract(r.content, '$.source.published') "
                        + "FROM article a JOIN revision r ON r.article_id = a.id "
                        + "AND r.number = a.latest_revision WHERE a.slug = ?")
                .bind(0, slug)
                .map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)))
                .findOne()
                .orElseThrow(() -> unknown(slug));
        if (row.status().equals(Status.PUBLISHED.name()) && row.published() == row.latest()) {
            return new Published(slug, row.latest(), OffsetDateTime.parse(row.publishedAt()), false);
        }
        Instant clock = Instant.parse(now);
        OffsetDateTime set = row.publishedAt() == null ? null : OffsetDateTime.parse(row.publishedAt());
        OffsetDateTime source = row.sourceDate() == null ? null : OffsetDateTime.parse(row.sourceDate());
        OffsetDateTime at = set != null && !set.toInstant().isAfter(clock) ? set
                : row.ownDate() != null ? OffsetDateTime.parse(row.ownDate())
                : source != null && source.toInstant().isAfter(clock) ? source
                : OffsetDateTime.ofInstant(clock, zone);
        h.execute("UPDATE article SET status = ?, published_revision = latest_revision, published_at = ? WHERE id = ?",
                Status.PUBLISHED.name(), at.toString(), row.id());
        event(row.id(), "publish", "revision " + row.latest() + (at.toInstant().isAfter(clock) ? ", scheduled for " + at : ""));
        return new Published(slug, row.latest(), at, true);
    }

    /** Whether {@code slug} was taken off the site: only an explicit publish brings it back. */
    boolean isWithdrawn(String slug) {
        return h.createQuery("SELECT status FROM article WHERE slug = ?").bind(0, slug).mapTo(String.class).findOne()
                .orElseThrow(() -> unknown(slug)).equals(Status.WITHDRAWN.name());
    }

    /**
     * Records when {@code slug} leaves the site, as its source says now (null: never); a change is an event. Builds
     * compare it with their clock.
     */
    void expire(String slug, OffsetDateTime at) {
        record Row(long id, String expiresAt) {}
        Row row = h.createQuery("SELECT id, expires_at FROM article WHERE slug = ?").bind(0, slug)
                .map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2))).findOne().orElseThrow(() -> unknown(slug));
        String text = at == null ? null : at.toString();
        if (Objects.equals(text, row.expiresAt())) return;
        h.execute("UPDATE article SET expires_at = ? WHERE id = ?", text, row.id());
        event(row.id(), "expiry", text == null ? "none" : "expires " + text);
    }

    /** Takes {@code slug} off the site; false when it was withdrawn already. */
    boolean withdraw(String slug, String reason) {
        long id = Rows.find(h, slug).orElseThrow(() -> unknown(slug)).id();
        String status = h.createQuery("SELECT status FROM article WHERE id = ?").bind(0, id).mapTo(String.class).one();
        if (status.equals(Status.WITHDRAWN.name())) return false;
        h.execute("UPDATE article SET status = ? WHERE id = ?", Status.WITHDRAWN.name(), id);
        event(id, "withdraw", reason);
        return true;
    }

    /**
     * Gives an article a new slug. Its old address becomes a redirect; the new slug must be valid and not another
     * article's, nor another article's old address.
     */
    void rename(String oldSlug, String newSlug) {
        if (!Slugs.isValid(newSlug)) {
            throw new GeopressException("'" + newSlug + "' is not a valid slug: use lower-case letters, digits and hyphens");
        }
        long id = Rows.find(h, oldSlug).orElseThrow(() -> unknown(oldSlug)).id();
        if (Rows.find(h, newSlug).isPresent()) throw new GeopressException("slug '" + newSlug + "' belongs to another article");
        Optional<Long> owner = h.createQuery("SELECT article_id FROM redirect WHERE path = ?")
                .bind(0, Redirects.articlePath(newSlug)).mapTo(Long.class).findOne();
        if (owner.isPresent() && owner.get() != id) {
            throw new GeopressException("slug '" + newSlug + "' was another article's and now redirects to it");
        }
        h.execute("DELETE FROM redirect WHERE path = ?", Redirects.articlePath(newSlug));
        h.execute("UPDATE article SET slug = ? WHERE id = ?", newSlug, id);
        h.execute("INSERT INTO redirect (path, article_id, created_at) VALUES (?, ?, ?) ON CONFLICT (path) DO NOTHING",
                Redirects.articlePath(oldSlug), id, now);
        event(id, "rename", oldSlug + " -> " + newSlug);
    }

    private void event(long id, String action, String detail) {
        h.execute("INSERT INTO event (article_id, at, action, detail) VALUES (?, ?, ?, ?)", id, now, action, detail);
    }

    static GeopressException unknown(String slug) {
        return new GeopressException("no article with slug '" + slug + "'");
    }
}
