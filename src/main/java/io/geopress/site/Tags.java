package io.geopress.site;

import io.geopress.model.Listing;
import io.geopress.text.Slugs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The tags (or the categories, or the sources) of the published articles: each with a slug for its URL and its
 * articles, newest first.
 */
final class Tags {
    record Tag(String slug, String name, List<Listing> listings) {}

    /** Slugs by name, for every thread: a slug of Chinese takes a pinyin lookup and several regular expressions. */
    private static final Map<String, String> SLUGS = new ConcurrentHashMap<>();

    private Tags() {}

    /** Most used first; tags whose names differ only in case or spacing share one page. */
    static List<Tag> of(List<Listing> listings) {
        return group(listings, Listing::tags);
    }

    /** The categories, grouped as tags are, most used first. */
    static List<Tag> categories(List<Listing> listings) {
        return group(listings, Listing::categories);
    }

    /** The sources, by name (Chinese when known), most used first. */
    static List<Tag> sources(List<Listing> listings) {
        return group(listings, l -> l.source().isEmpty() ? List.of() : List.of(l.source().any()));
    }

    private static List<Tag> group(List<Listing> listings, Function<Listing, List<String>> namesOf) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Listing>> byTag = new LinkedHashMap<>();
        for (Listing l : listings) {
            for (String tag : namesOf.apply(l)) {
                String slug = slug(tag);
                if (slug.isEmpty()) continue;
                names.putIfAbsent(slug, tag);
                List<Listing> tagged = byTag.computeIfAbsent(slug, s -> new ArrayList<>());
                if (tagged.isEmpty() || tagged.get(tagged.size() - 1) != l) tagged.add(l);
            }
        }
        return byTag.entrySet().stream()
                .map(e -> new Tag(e.getKey(), names.get(e.getKey()), List.copyOf(e.getValue())))
                .sorted(Comparator.comparingInt((Tag t) -> -t.listings().size()).thenComparing(Tag::slug))
                .toList();
    }

    /** The slug of a tag's (category's, source's) name; remembered, as a build asks for each on every article's page. */
    static String slug(String tag) {
        String slug = SLUGS.get(tag);
        if (slug != null) return slug;
        if (SLUGS.size() > 100_000) SLUGS.clear(); // names of tags, categories and sources: a few thousand at most
        slug = Slugs.normalize(tag.strip());
        SLUGS.put(tag, slug);
        return slug;
    }
}
