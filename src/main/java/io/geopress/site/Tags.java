package io.geopress.site;

import io.geopress.model.LabelSlugs;
import io.geopress.model.LabelSlugs.Kind;
import io.geopress.model.Listing;
import io.geopress.text.Slugs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The tags (or the categories, or the sources) of the published articles: each with its slug, which the store gave
 * it ({@link LabelSlugs}), and its articles, newest first.
 */
final class Tags {
    record Tag(String slug, String name, List<Listing> listings) {}

    private Tags() {}

    /** Most used first; tags whose names differ only in case or spacing share one page. */
    static List<Tag> of(List<Listing> listings, LabelSlugs slugs) {
        return group(listings, Listing::tags, Kind.TAG, slugs);
    }

    /** The categories, grouped as tags are, most used first. */
    static List<Tag> categories(List<Listing> listings, LabelSlugs slugs) {
        return group(listings, Listing::categories, Kind.CATEGORY, slugs);
    }

    /** The sources, by name (Chinese when known), most used first. */
    static List<Tag> sources(List<Listing> listings, LabelSlugs slugs) {
        return group(listings, Tags::source, Kind.SOURCE, slugs);
    }

    private static List<String> source(Listing l) {
        return l.source().isEmpty() ? List.of() : List.of(l.source().any());
    }

    private static List<Tag> group(List<Listing> listings, Function<Listing, List<String>> namesOf, Kind kind, LabelSlugs slugs) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Listing>> byTag = new LinkedHashMap<>();
        for (Listing l : listings) {
            for (String tag : namesOf.apply(l)) {
                String slug = slugs.slug(kind, tag);
                if (slug == null) continue; // a name without a word in it (blank)
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

    /**
     * Slugs for the names of articles that no store has given any (a catalog held in memory), as the store gives
     * them: in the order the names come, each its own.
     */
    static LabelSlugs assign(List<Listing> listings) {
        Map<Kind, Map<String, String>> byKind = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            Map<String, String> slugs = new HashMap<>();
            Set<String> taken = new HashSet<>();
            for (Listing l : listings) {
                List<String> names = kind == Kind.TAG ? l.tags() : kind == Kind.CATEGORY ? l.categories() : source(l);
                for (String name : names) {
                    String key = LabelSlugs.key(name);
                    if (key.isEmpty() || slugs.containsKey(key)) continue;
                    String slug = Slugs.unique(Slugs.forLabel(name, kind.word), taken::contains);
                    slugs.put(key, slug);
                    taken.add(slug);
                }
            }
            byKind.put(kind, slugs);
        }
        return new LabelSlugs(byKind);
    }
}
