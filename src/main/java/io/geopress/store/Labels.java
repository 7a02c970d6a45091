package io.geopress.store;

import io.geopress.model.Article;
import io.geopress.model.LabelSlugs;
import io.geopress.model.LabelSlugs.Kind;
import io.geopress.text.Slugs;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Gives each new tag, category and source name its slug, within the transaction that saves a revision. Names seen
 * in the transaction are remembered, so that an import of many articles that share tags asks once per name.
 */
final class Labels {
    private final Handle handle;
    private final Map<Kind, Set<String>> known = new EnumMap<>(Kind.class);

    private Labels(Handle handle) {
        this.handle = handle;
        for (Kind kind : Kind.values()) known.put(kind, new HashSet<>());
    }

    static Labels in(Handle handle) {
        return new Labels(handle);
    }

    /** Gives the names of {@code article} that have none a slug. */
    void assign(Article article) {
        for (String tag : article.tags()) assign(Kind.TAG, tag);
        for (String category : article.categories()) assign(Kind.CATEGORY, category);
        if (!article.source().name().isEmpty()) assign(Kind.SOURCE, article.source().name().any());
    }

    private void assign(Kind kind, String name) {
        String key = LabelSlugs.key(name);
        if (key.isEmpty() || !known.get(kind).add(key) || exists(kind, "name", key)) return;
        String slug = Slugs.unique(Slugs.forLabel(name, kind.word), s -> exists(kind, "slug", s));
        handle.execute("INSERT INTO label_slug (kind, name, slug) VALUES (?, ?, ?)", kind.word, key, slug);
    }

    private boolean exists(Kind kind, String column, String value) {
        return handle.createQuery("SELECT count(*) FROM label_slug WHERE kind = ? AND " + column + " = ?")
                .bind(0, kind.word).bind(1, value).mapTo(Integer.class).one() > 0;
    }

    /** Gives every name of every revision saved before the store kept slugs its own, oldest revision first. */
    static void assignMissing(Handle handle) {
        Labels labels = in(handle);
        List<String[]> rows = handle.createQuery("SELECT tags, categories, source_zh, source_en FROM revision_listing "
                        + "ORDER BY article_id, number")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}).list();
        for (String[] row : rows) {
            for (String tag : Json.readStrings(row[0])) labels.assign(Kind.TAG, tag);
            for (String category : Json.readStrings(row[1])) labels.assign(Kind.CATEGORY, category);
            String source = row[2] == null || row[2].isEmpty() ? row[3] : row[2];
            if (source != null && !source.isEmpty()) labels.assign(Kind.SOURCE, source);
        }
    }

    /** Every name's slug, read with plain JDBC, as a build reads. */
    static LabelSlugs all(Sqlite db) {
        Map<Kind, Map<String, String>> byKind = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) byKind.put(kind, new HashMap<>());
        for (String[] row : db.query("SELECT kind, name, slug FROM label_slug", List.of(),
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})) {
            byKind.get(kind(row[0])).put(row[1], row[2]);
        }
        return new LabelSlugs(byKind);
    }

    static Kind kind(String word) {
        for (Kind kind : Kind.values()) if (kind.word.equals(word)) return kind;
        throw new IllegalStateException("unknown label kind in the store: " + word);
    }
}
