package io.geopress.site;

import io.geopress.model.Listing;
import java.util.List;

/**
 * Each listed article's key (what its files and its entries in lists are made from) and whether the previous build
 * made them from the same key. Worked out once, by the thread that read the store, while the previous build's
 * files are being linked; the lists and the articles' side both use it.
 */
final class ArticleKeys {
    private final String[] keys;
    private final boolean[] unchanged;

    private ArticleKeys(String[] keys, boolean[] unchanged) {
        this.keys = keys;
        this.unchanged = unchanged;
    }

    static ArticleKeys of(BuildFolder folder, List<Listing> listings, References references) {
        String[] keys = new String[listings.size()];
        boolean[] unchanged = new boolean[listings.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = references.key(listings.get(i).slug(), ArticleOutputs.key(listings.get(i)));
            unchanged[i] = folder.sameArticle(listings.get(i).slug(), keys[i]);
        }
        return new ArticleKeys(keys, unchanged);
    }

    /** The key of the {@code i}th listed article. */
    String key(int i) {
        return keys[i];
    }

    /** Whether the previous build made the {@code i}th listed article's files from the same key. */
    boolean unchanged(int i) {
        return unchanged[i];
    }
}
