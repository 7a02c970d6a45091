package io.geopress.measure.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The visibility of each source in one generative engine answer, as the GEO paper defines it (Aggarwal et al.,
 * KDD 2024): word-count share and position-adjusted word count (PAWC), normalised to sum to 1 over the sources.
 * The position weight is e^(−i/(N−1)) for the sentence at 0-based index i of N (weight 1 when N = 1), as the
 * paper's code has it. An answer that cites no source at all gives each source 1/n, as the paper's code does, and
 * marks none of them cited. Citations of numbers outside 1..n (including {@code [0]}) are hallucinated: counted
 * here, scored onto no source.
 *
 * @param sentences the answer's sentence count, paragraphs flattened
 * @param words the answer's word count
 * @param sources one score per source, in the order the sources were given (number 1 first)
 * @param hallucinated the cited numbers outside 1..n, once per sentence that cites them, in order
 */
public record AnswerScore(int sentences, int words, List<SourceScore> sources, List<Integer> hallucinated) {
    public AnswerScore {
        sources = List.copyOf(sources);
        hallucinated = List.copyOf(hallucinated);
    }

    /** Scores {@code answer} for {@code sourceCount} sources numbered 1 to {@code sourceCount}. */
    public static AnswerScore of(String answer, int sourceCount) {
        if (sourceCount < 0) throw new IllegalArgumentException("negative source count: " + sourceCount);
        List<Sentence> sentences = AnswerSentences.of(answer);
        int n = sentences.size();
        double[] words = new double[sourceCount];
        double[] weighted = new double[sourceCount];
        int[] citations = new int[sourceCount];
        int[] first = new int[sourceCount];
        Arrays.fill(first, -1);
        List<Integer> hallucinated = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < n; i++) {
            Sentence s = sentences.get(i);
            total += s.words();
            List<Integer> valid = s.cited().stream().filter(c -> c >= 1 && c <= sourceCount).toList();
            s.cited().stream().filter(c -> c < 1 || c > sourceCount).forEach(hallucinated::add);
            double weight = n == 1 ? 1 : Math.exp(-(double) i / (n - 1));
            for (int c : valid) {
                words[c - 1] += (double) s.words() / valid.size();
                weighted[c - 1] += s.words() * weight / valid.size();
                citations[c - 1]++;
                if (first[c - 1] < 0) first[c - 1] = i;
            }
        }
        double[] share = normalised(words);
        double[] pawc = normalised(weighted);
        List<SourceScore> scores = new ArrayList<>();
        for (int c = 0; c < sourceCount; c++) {
            scores.add(new SourceScore(c + 1, citations[c] > 0, citations[c], first[c], words[c], share[c], pawc[c]));
        }
        return new AnswerScore(n, total, scores, hallucinated);
    }

    /** Whether any sentence cites a source in range. */
    public boolean citesAny() {
        return sources.stream().anyMatch(SourceScore::cited);
    }

    /** The scores over their sum; 1/n each when they sum to 0 (nothing cited, or only sentences without words). */
    private static double[] normalised(double[] raw) {
        double sum = Arrays.stream(raw).sum();
        double[] out = new double[raw.length];
        for (int i = 0; i < raw.length; i++) out[i] = sum > 0 ? raw[i] / sum : 1.0 / raw.length;
        return out;
    }
}
