package io.geopress.measure.engine;

import io.geopress.model.Lang;
import java.util.Objects;

/**
 * One question put to the simulated engine.
 *
 * @param id names the query across runs, for comparisons
 * @param lang the language the question is asked in, or null when the file does not say
 * @param target the slug or URL of the page meant to answer it, or null
 */
public record Query(String id, String query, Lang lang, String target) {
    public Query {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(query, "query");
    }
}
