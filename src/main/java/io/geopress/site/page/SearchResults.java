package io.geopress.site.page;

import io.geopress.model.Bilingual;
import io.geopress.search.SearchIndex;
import java.util.List;

/**
 * A search and what it found, for the search page rendered on request; the static search page has none.
 *
 * @param query what the reader typed, stripped
 * @param hits the ranked results; each snippet is HTML already (the text encoded, the query's words in {@code <mark>})
 * @param refused why the query was not run (too long, say), for the reader; null when it was
 */
public record SearchResults(String query, List<SearchIndex.Hit> hits, Bilingual refused) {
    public SearchResults {
        hits = List.copyOf(hits);
    }
}
