package io.geopress.measure.optimize;

import io.geopress.enrich.Enriched;
import java.util.List;

/**
 * The questions proposed for one article, in both languages.
 *
 * @param problems one line each: a language with nothing to draw questions from, a reply that could not be read
 */
public record QueryPanel(List<Query> queries, List<String> problems, Enriched.Usage usage) {
    public QueryPanel {
        queries = List.copyOf(queries);
        problems = List.copyOf(problems);
    }
}
