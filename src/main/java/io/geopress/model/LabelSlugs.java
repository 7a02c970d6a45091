package io.geopress.model;

import java.util.Locale;
import java.util.Map;

/**
 * The slug of each tag, category and source name: the address of its list page. The store gives each name its slug
 * once and keeps it, so that names which make the same words ({@code C++}, {@code C#}) never share a page and a
 * later name never takes an earlier one's. Names that differ only in case or spacing are one name.
 */
public record LabelSlugs(Map<Kind, Map<String, String>> byKind) {
    public enum Kind {
        TAG("tag"), CATEGORY("category"), SOURCE("source");

        /** The word the store and a slug without words use. */
        public final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    public LabelSlugs {
        byKind = Map.copyOf(byKind);
    }

    /** The slug of {@code name} as a label of {@code kind}, or null when it has none. */
    public String slug(Kind kind, String name) {
        Map<String, String> slugs = byKind.get(kind);
        return slugs == null ? null : slugs.get(key(name));
    }

    /** What identifies a name: lower case, white space collapsed; a build asks for each name on every page. */
    public static String key(String name) {
        int n = name.length();
        boolean plain = n > 0 && !Character.isWhitespace(name.charAt(0)) && !Character.isWhitespace(name.charAt(n - 1));
        for (int i = 0; i < n && plain; i++) {
            char c = name.charAt(i);
            plain = !Character.isUpperCase(c) && !(Character.isWhitespace(c) && (c != ' ' || Character.isWhitespace(name.charAt(i + 1))));
        }
        return plain ? name : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
