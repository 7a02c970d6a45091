package io.geopress.measure.retrieve;

import java.util.List;

/** Finds the sources a generative engine would read for a query: ours and the competitors', best first. */
public interface Retrieval extends AutoCloseable {
    /** The top {@code k} sources for {@code query}; {@code lang} ("zh", "en") or null when the query does not say. */
    List<RetrievedSource> top(String query, String lang, int k);

    @Override
    default void close() {}
}
