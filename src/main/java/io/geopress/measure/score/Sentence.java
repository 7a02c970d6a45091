package io.geopress.measure.score;

import java.util.List;

/**
 * One sentence of an answer as scored.
 *
 * @param text the sentence without its citation marks
 * @param words its word count (see {@link WordCount})
 * @param cited the source numbers its marks name, in order, each once, valid or not
 */
record Sentence(String text, int words, List<Integer> cited) {
    Sentence {
        cited = List.copyOf(cited);
    }
}
