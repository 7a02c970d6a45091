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
 */
public record Source(Bilingual name, String url, OffsetDateTime published, Bilingual title, String author) {
    public static final Source UNKNOWN = new Source(Bilingual.EMPTY, null, null, Bilingual.EMPTY, null);

    public Source {
        name = name == null ? Bilingual.EMPTY : name;
        title = title == null ? Bilingual.EMPTY : title;
        url = url == null || url.isBlank() ? null : CleanText.of(url).strip();
        author = author == null || author.isBlank() ? null : CleanText.of(author).strip();
    }

    /** A source without a byline. */
    public Source(Bilingual name, String url, OffsetDateTime published, Bilingual title) {
        this(name, url, published, title, null);
    }

    public boolean isKnown() {
        return !name.isEmpty() || url != null;
    }
}
