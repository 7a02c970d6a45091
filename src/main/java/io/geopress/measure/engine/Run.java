package io.geopress.measure.engine;

import java.time.Instant;
import java.util.List;

/**
 * One simulation run over a query set.
 *
 * @param id the stored run's number; 0 before it is stored
 * @param querySetHash {@link QueryFile#hash} of the queries asked
 * @param engine "offline" or "model"
 * @param model the model's name, or "extractive"
 */
public record Run(long id, Instant at, String querySetHash, String engine, String model, int samples, int k,
        List<QueryResult> queries) {
    public Run {
        queries = List.copyOf(queries);
    }

    Run withId(long number) {
        return new Run(number, at, querySetHash, engine, model, samples, k, queries);
    }
}
