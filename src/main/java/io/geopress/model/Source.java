package io.geopress.model;

import java.time.OffsetDateTime;

/**
 * Where an article came from.
 *
 * @param name the publisher, in each language it is known in
 * @param url the original's address, or null when unknown
 * @param published when the original was published, or null
 * @param title the original's title, in its own language and translated
 * @param author the original's byline, or null
 * @param modified when the original was last changed (Hugo's {@code lastmod}), or null
 */
public record Source(Bilingual name, String url, OffsetDateTime published, Bilingual title, String author,
        OffsetDateTime modified) {
    public static final Source UNKNOWN = new Source(Bilingual.EMPTY, null, null, Bilingual.EMPTY, null, null);

    public Source {
        name = name == null ? Bilingual.EMPTY : name;
        title = title == null ? Bilingual.EMPTY : title;
        url = url == null || url.isBlank() ? null : CleanText.of(url).strip();
        author = author == null || author.isBlank() ? null : CleanText.of(author).strip();
    }

    /** A source whose changes are not known. */
    public Source(Bilingual name, String url, OffsetDateTime published, Bilingual title, String author) {
        this(name, url, published, title, author, null);
    }

    /** A source without a byline. */
    public Source(Bilingual name, String url, OffsetDateTime published, Bilingual title) {
        this(name, url, published, title, null);
    }

    public boolean isKnown() {
        return !name.isEmpty() || url != null;
    }
}
