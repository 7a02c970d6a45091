package io.geopress.model;

import java.time.OffsetDateTime;

/**
 * An article as the store keeps it.
 *
 * @param revision the revision {@code article} holds
 * @param latestRevision the newest revision of the article
 * @param publishedRevision the revision that is live, or 0 when never published
 * @param publishedAt our publication date once published (never changed by a later publish), else null
 */
public record StoredArticle(
        long id,
        String slug,
        Status status,
        int revision,
        int latestRevision,
        int publishedRevision,
        OffsetDateTime publishedAt,
        Article article) {

    public boolean hasUnpublishedChanges() {
        return status == Status.PUBLISHED && latestRevision > publishedRevision;
    }
}
