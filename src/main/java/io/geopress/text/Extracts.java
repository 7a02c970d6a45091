package io.geopress.text;

import com.hankcs.hanlp.seg.common.Term;
import io.geopress.model.Lang;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What can be taken from a text without a language model: its sentences, how central each sentence is (TextRank),
 * and its keywords. Chinese words come from HanLP (loaded on first use); English words are lower-cased, minus stop
 * words. Deterministic: the same text gives the same result in every run.
 */
public final class Extracts {
    /** Content words two English words may be apart and still count as neighbours for keywords. */
    private static final int WINDOW = 4;

    private Extracts() {}

    /** The sentences of a Chinese or English text (or both mixed), in order, stripped; pieces without words are left out. */
    public static List<String> sentences(String text) {
        return Sentences.split(text);
    }

    /**
     * TextRank scores of sentences in one language, in the order given: two sentences are linked by the content
     * words they share, divided by the log of their lengths (Mihalcea and Tarau, 2004), then ranked with PageRank.
     */
    public static double[] rank(List<String> sentences, Lang lang) {
        List<Set<String>> words = sentences.stream().map(s -> (Set<String>) new HashSet<>(Words.of(s, lang))).toList();
        int n = words.size();
        double[][] weights = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                weights[i][j] = weights[j][i] = similarity(words.get(i), words.get(j));
            }
        }
        return Ranking.scores(weights);
    }

    /** The positions of {@code sentences}, most central first (ties: the earlier sentence first). */
    public static List<Integer> byRank(List<String> sentences, Lang lang) {
        double[] scores = rank(sentences, lang);
        return IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparing(i -> i)).toList();
    }

    private static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        long shared = a.stream().filter(b::contains).count();
        if (shared == 0) return 0;
        double norm = Math.log(a.size()) + Math.log(b.size());
        return norm > 0 ? shared / norm : shared;
    }

    /**
     * Up to {@code count} keywords of a text, best first: in Chinese HanLP's TextRank keywords among its nouns
     * (HanLP's segmentation and stop words); in English TextRank over content words that stand within a few words of
     * each other, ties broken by frequency, then by first use, each written as it is most often in the text ("China",
     * "AI", "data").
     */
    public static List<String> keywords(String text, Lang lang, int count) {
        if (count <= 0 || text.isBlank()) return List.of();
        return lang == Lang.ZH ? chineseKeywords(text, count) : englishKeywords(text, count);
    }

    private static List<String> chineseKeywords(String text, int count) {
        List<Term> nouns = new ArrayList<>();
        for (Term t : Hanlp.segment(text)) {
            String nature = t.nature == null ? "" : t.nature.toString();
            boolean noun = nature.startsWith("n") || nature.equals("vn");
            String word = t.word.strip();
            if (noun && word.length() > 1 && !Script.hasNoWords(word) && !Hanlp.isStopWord(word)) nouns.add(t);
        }
        return Hanlp.keywords(nouns, count);
    }

    private static List<String> englishKeywords(String text, int count) {
        List<String> words = new ArrayList<>();
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        for (String sentence : sentences(text)) {
            for (String form : Words.written(sentence)) {
                String w = form.toLowerCase(Locale.ROOT);
                words.add(w);
                forms.computeIfAbsent(w, k -> new LinkedHashMap<>()).merge(form, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, Integer> frequency = new LinkedHashMap<>();
        for (String w : words) {
            index.putIfAbsent(w, index.size());
            frequency.merge(w, 1, Integer::sum);
        }
        int n = index.size();
        double[][] weights = new double[n][n];
        for (int i = 0; i < words.size(); i++) {
            int a = index.get(words.get(i));
            for (int j = i + 1; j < Math.min(words.size(), i + WINDOW); j++) {
                int b = index.get(words.get(j));
                if (a != b) {
                    weights[a][b] += 1;
                    weights[b][a] += 1;
                }
            }
        }
        double[] scores = Ranking.scores(weights);
        List<String> vocabulary = new ArrayList<>(index.keySet());
        return IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i])
                        .thenComparing(i -> -frequency.get(vocabulary.get(i)))
                        .thenComparing(i -> i))
                .limit(count).map(i -> mostWritten(forms.get(vocabulary.get(i)))).toList();
    }

    /** The form a word is written in most often; on a tie the one seen first. */
    private static String mostWritten(Map<String, Integer> forms) {
        String best = null;
        for (Map.Entry<String, Integer> e : forms.entrySet()) {
            if (best == null || e.getValue() > forms.get(best)) best = e.getKey();
        }
        return best;
    }

    /** The length a summary limit counts: words in English, Chinese characters in Chinese. */
    public static int length(String text, Lang lang) {
        if (lang == Lang.ZH) return Script.hanCount(text);
        String t = text.strip();
        return t.isEmpty() ? 0 : (int) java.util.Arrays.stream(t.split("\\s+")).filter(w -> !Script.hasNoWords(w)).count();
    }
}
