package io.geopress.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a list of articles shows of one: enough to link to it and to file it under its tags, its categories and its
 * source, without its body.
 *
 * @param revision the published revision, which with the dates tells a build whether the article's page changed
 */
public record Listing(String slug, Bilingual title, Bilingual summary, OffsetDateTime publishedAt, List<String> tags,
        List<String> categories, Bilingual source, OffsetDateTime modifiedAt, int revision) {
    public Listing {
        tags = List.copyOf(tags == null ? List.of() : tags);
        categories = List.copyOf(categories == null ? List.of() : categories);
        source = source == null ? Bilingual.EMPTY : source;
        modifiedAt = modifiedAt == null ? publishedAt : modifiedAt;
    }
}
