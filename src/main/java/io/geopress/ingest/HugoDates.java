package io.geopress.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.geopress.model.Publication;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The dates and the draft flag of a Hugo page, with Hugo's meaning: {@code date} is when the original was
 * published, {@code publishDate} when this site publishes it, {@code lastmod} when the original last changed,
 * {@code expiryDate} when it leaves the site. Hugo reads these keys in any case ({@code publishdate},
 * {@code expirydate}) and under its aliases ({@code pubdate} and {@code published}, {@code unpublishdate},
 * {@code modified}), and so does this.
 *
 * @param date the page's own date ({@code date}), or null
 * @param publishDate our publication time ({@code publishDate}), or null for the time of publishing
 * @param lastmod when the original last changed, or null
 */
record HugoDates(OffsetDateTime date, OffsetDateTime publishDate, OffsetDateTime lastmod, Publication publication) {
    private static final List<String> PUBLISH_DATE = List.of("publishdate", "pubdate", "published");
    private static final List<String> EXPIRY_DATE = List.of("expirydate", "unpublishdate");
    private static final List<String> LASTMOD = List.of("lastmod", "modified");
    /** Every key read here, in lower case, for the check of unknown keys. */
    static final Set<String> KEYS = Set.of("date", "draft", "publishdate", "pubdate", "published", "expirydate",
            "unpublishdate", "lastmod", "modified");

    static HugoDates read(Keys keys) {
        String draft = key(keys, List.of("draft"));
        boolean isDraft = false;
        if (draft != null) {
            JsonNode value = keys.get(draft);
            if (!value.isBoolean()) throw keys.wrong(draft, "not true or false: " + FrontMatter.shown(value));
            isDraft = value.booleanValue();
        }
        return new HugoDates(date(keys, "date"), date(keys, key(keys, PUBLISH_DATE)), date(keys, key(keys, LASTMOD)),
                new Publication(isDraft, date(keys, key(keys, EXPIRY_DATE))));
    }

    /**
     * The page's date as Hugo's permalinks use it ({@code :year}, {@code :month}…): its {@code date}, else its
     * publication date, else its modification date; null when it has none.
     */
    OffsetDateTime pageDate() {
        return date != null ? date : publishDate != null ? publishDate : lastmod;
    }

    /** The first key the front matter holds among {@code names} (in lower case, in Hugo's order), as it is written there. */
    private static String key(Keys keys, List<String> names) {
        for (String name : names) {
            for (String written : keys.values().keySet()) {
                if (written.toLowerCase(Locale.ROOT).equals(name) && keys.has(written)) return written;
            }
        }
        return null;
    }

    private static OffsetDateTime date(Keys keys, String key) {
        return key == null ? null : FrontMatter.date(keys, key);
    }
}
