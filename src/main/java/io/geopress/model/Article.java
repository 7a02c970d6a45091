package io.geopress.model;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One article, as imported or enriched: an immutable value; every change makes a new one.
 *
 * @param title the GEO title, a question a reader would ask an AI assistant
 * @param summary the "AI Summary (BLUF)" in English and its Chinese translation
 * @param date our publication date, or null until first published
 * @param disclaimer a disclaimer that came with the source, paragraph by paragraph; empty means the site's default
 * @param excerpt true when the body is a part of the original
 * @param slug the slug asked for by the source (front matter), or null to derive one
 * @param categories the sections the article is filed under (Hugo's {@code categories}), apart from its tags
 */
public record Article(
        Bilingual title,
        Bilingual summary,
        OffsetDateTime date,
        Source source,
        List<Block> body,
        List<Faq> faq,
        List<String> tags,
        List<String> categories,
        List<Bilingual> disclaimer,
        boolean excerpt,
        String slug,
        Map<Field, Provenance> provenance) {

    public Article {
        Objects.requireNonNull(title, "title");
        summary = summary == null ? Bilingual.EMPTY : summary;
        source = source == null ? Source.UNKNOWN : source;
        body = List.copyOf(body == null ? List.of() : body);
        faq = List.copyOf(faq == null ? List.of() : faq);
        tags = List.copyOf(tags == null ? List.of() : tags);
        categories = List.copyOf(categories == null ? List.of() : categories);
        disclaimer = List.copyOf(disclaimer == null ? List.of() : disclaimer);
        slug = slug == null || slug.isBlank() ? null : slug.strip();
        provenance = provenance == null || provenance.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(provenance));
    }
}
