package io.geopress.model;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * An article as the store keeps it.
 *
 * @param revision the revision {@code article} holds
 * @param latestRevision the newest revision of the article
 * @param publishedRevision the revision that is live, or 0 when never published
 * @param publishedAt our publication date once published (never changed by a later publish), else null
 * @param revisedAt when the revision {@code article} holds was made
 * @param expiresAt when the article leaves the site (its source's expiry), or null for never
 */
public record StoredArticle(
        long id,
        String slug,
        Status status,
        int revision,
        int latestRevision,
        int publishedRevision,
        OffsetDateTime publishedAt,
        Instant revisedAt,
        Article article,
        OffsetDateTime expiresAt) {

    /** An article that never expires. */
    public StoredArticle(long id, String slug, Status status, int revision, int latestRevision, int publishedRevision,
            OffsetDateTime publishedAt, Instant revisedAt, Article article) {
        this(id, slug, status, revision, latestRevision, publishedRevision, publishedAt, revisedAt, article, null);
    }

    /** Published, with a publication time still to come: builds leave it out until then. */
    public boolean scheduled(Instant now) {
        return status == Status.PUBLISHED && publishedAt != null && publishedAt.toInstant().isAfter(now);
    }

    /** Published, and past its expiry: builds take its page out as they do a withdrawn one's. */
    public boolean expired(Instant now) {
        return status == Status.PUBLISHED && expiresAt != null && !expiresAt.toInstant().isAfter(now);
    }

    /** When the article last changed, as readers see it: the later of its publication and its revision. */
    public OffsetDateTime modifiedAt() {
        return publishedAt == null ? null : modifiedAt(publishedAt, revision, revisedAt);
    }

    /** A later revision counts as a modification; the first one, made before publication, does not. */
    public static OffsetDateTime modifiedAt(OffsetDateTime publishedAt, int revision, Instant revisedAt) {
        OffsetDateTime revised = OffsetDateTime.ofInstant(revisedAt, publishedAt.getOffset());
        return revision > 1 && revised.isAfter(publishedAt) ? revised : publishedAt;
    }

    public boolean hasUnpublishedChanges() {
        return status == Status.PUBLISHED && latestRevision > publishedRevision;
    }
}
