package io.geopress.measure.retrieve;

import java.util.List;

/**
 * What opening a retrieval did, apart from the time its queries take.
 *
 * @param articles ours and the competitors' together
 * @param passages the passages of all articles, both languages
 * @param indexed passages indexed for BM25 while opening: all of them when the corpus changed since the index kept
 *     under the site folder was made, else none
 * @param embedded passages embedded while opening (only with {@code embedAhead}; otherwise queries embed their candidates)
 * @param reused passages whose embedding the site's store already kept, found while opening (only with {@code embedAhead})
 * @param seconds the time opening took: reading the stores, importing competitors, splitting, indexing, embedding
 * @param warnings what the competitor import had to say, each line naming its file and line
 */
public record IndexReport(int articles, int passages, int indexed, int embedded, int reused, double seconds, List<String> warnings) {
    public IndexReport {
        warnings = List.copyOf(warnings);
    }
}
