package io.geopress.extraction;

import io.geopress.text.Script;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article-extraction benchmark's own score: the true and the extracted body as bags of 4-token shingles, per
 * page TP, FP and FN normalised to sum 1, precision and recall averaged over pages, F1 from the two means. Kept
 * to the benchmark's evaluation script: a text of fewer than four tokens is one shorter shingle, a page with no
 * predicted shingle is left out of the precision mean (its recall counts 0), and one with nothing on either side
 * counts 1.
 */
public final class ShingleScore {
    private static final int SHINGLE = 4;

    /** How text is cut into tokens. */
    public enum Tokens {
        /** Runs of word characters, as Python's {@code \w+}: letters, numbers and the underscore. */
        WORDS,
        /** As {@link #WORDS}, but each Han character a token of its own (a {@code \w+} run is a whole Chinese sentence). */
        HAN_CHARACTERS
    }

    /** One page's counts, normalised to sum 1 (all 0 when neither side has a shingle). */
    public record Counts(double tp, double fp, double fn) {
        public double precision() {
            if (fp == 0 && fn == 0) return 1;
            return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) return 1;
            return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Precision and recall averaged over pages, and the F1 of the two means. */
    public record Summary(int pages, double precision, double recall) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        @Override
        public String toString() {
            return String.format("F1 %.3f  precision %.3f  recall %.3f  (%d pages)", f1(), precision, recall, pages);
        }
    }

    private ShingleScore() {}

    public static Counts page(String truth, String predicted, Tokens tokens) {
        Map<List<String>, Integer> expected = shingles(truth, tokens);
        Map<List<String>, Integer> got = shingles(predicted, tokens);
        Set<List<String>> all = new HashSet<>(expected.keySet());
        all.addAll(got.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> shingle : all) {
            int t = expected.getOrDefault(shingle, 0);
            int p = got.getOrDefault(shingle, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        double sum = tp + fp + fn;
        return sum == 0 ? new Counts(0, 0, 0) : new Counts(tp / sum, fp / sum, fn / sum);
    }

    public static Summary summary(List<Counts> pages) {
        double precision = pages.stream().filter(c -> c.tp() + c.fp() > 0).mapToDouble(Counts::precision).average().orElse(0);
        double recall = pages.stream().filter(c -> c.tp() + c.fn() > 0).mapToDouble(Counts::recall).average().orElse(0);
        return new Summary(pages.size(), precision, recall);
    }

    public static List<String> tokens(String text, Tokens how) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean han = how == Tokens.HAN_CHARACTERS && Script.isHan(cp);
            if (han || !isWordCharacter(cp)) {
                if (start >= 0) out.add(text.substring(start, i));
                start = -1;
                if (han) out.add(text.substring(i, next));
            } else if (start < 0) {
                start = i;
            }
            i = next;
        }
        if (start >= 0) out.add(text.substring(start));
        return out;
    }

    /** Python's {@code \w} on text: a letter, a number of any kind, or the underscore (not a combining mark). */
    private static boolean isWordCharacter(int cp) {
        if (cp == '_' || Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static Map<List<String>, Integer> shingles(String text, Tokens how) {
        List<String> tokens = tokens(text == null ? "" : text, how);
        Map<List<String>, Integer> bag = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
            if (!shingle.isEmpty()) bag.merge(List.copyOf(shingle), 1, Integer::sum);
        }
        return bag;
    }
}
