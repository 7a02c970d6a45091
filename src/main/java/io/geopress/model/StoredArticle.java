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
        Article article) {

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
