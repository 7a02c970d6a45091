package io.geopress.measure.score;

/**
 * How much of one answer a source got.
 *
 * @param number the source's number in the answer's prompt, 1 for the first
 * @param cited whether any sentence cites it
 * @param citations how many sentences cite it (a sentence that cites it twice counts once)
 * @param firstSentence the 0-based index of the first sentence that cites it, or -1 when none does
 * @param words the words of the sentences citing it, each sentence's words shared equally among the sources it cites
 * @param share word-count share: {@code words} over the answer's total, all sources summing to 1
 * @param pawc position-adjusted word count: the same with each sentence weighted by e^(−i/(N−1)), summing to 1
 */
public record SourceScore(int number, boolean cited, int citations, int firstSentence, double words, double share, double pawc) {}
