package io.geopress.model;

import java.time.OffsetDateTime;

/**
 * What a source says of an article's life on its own site, for {@code import --publish}: whether it is a draft
 * there (Hugo's {@code draft: true}), and when it is to leave the site (Hugo's {@code expiryDate}).
 *
 * @param expires when the article is withdrawn, or null for never
 */
public record Publication(boolean draft, OffsetDateTime expires) {
    /** A source that knows no drafts and no expiry: an HTML page, a text file. */
    public static final Publication LIVE = new Publication(false, null);
}
