package io.geopress.store;

import io.geopress.model.GeopressException;
import io.geopress.model.Status;
import io.geopress.store.ArticleStore.Published;
import io.geopress.text.Slugs;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
     * Publishes the latest revision of {@code slug}, a withdrawn article too. Our publication date is set once: from
     * the article's own date when it has one, else now; a later publish never changes it.
     */
    Published publish(String slug) {
        // json_extract reads the article's own date without parsing the whole revision
        record Row(long id, String status, int latest, int published, String publishedAt, String ownDate) {}
        Row row = h.createQuery("SELECT a.id, a.status, a.latest_revision, a.published_revision, a.published_at, "
                        + "json_extract(r.content, '$.date') FROM article a JOIN revision r ON r.article_id = a.id "
                        + "AND r.number = a.latest_revision WHERE a.slug = ?")
                .bind(0, slug)
                .map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6)))
                .findOne()
                .orElseThrow(() -> unknown(slug));
        if (row.status().equals(Status.PUBLISHED.name()) && row.published() == row.latest()) {
            return new Published(slug, row.latest(), OffsetDateTime.parse(row.publishedAt()), false);
        }
        OffsetDateTime at = row.publishedAt() != null ? OffsetDateTime.parse(row.publishedAt())
                : row.ownDate() != null ? OffsetDateTime.parse(row.ownDate())
                : OffsetDateTime.ofInstant(Instant.parse(now), zone);
        h.execute("UPDATE article SET status = ?, published_revision = latest_revision, published_at = ? WHERE id = ?",
                Status.PUBLISHED.name(), at.toString(), row.id());
        event(row.id(), "publish", "revision " + row.latest());
        return new Published(slug, row.latest(), at, true);
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
