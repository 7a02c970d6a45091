package io.geopress.measure.engine;

import io.geopress.measure.retrieve.RetrievedSource;
import io.geopress.model.Lang;
import io.geopress.text.Extracts;
import io.geopress.text.Script;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The offline engine: the sources' sentences in the query's language (all of them when no source has one), scored
 * by the cosine of their TF-IDF term vectors with the query's, and picked by maximal marginal relevance
 * (Carbonell and Goldstein, 1998): λ·relevance − (1 − λ)·the greatest similarity to a sentence already picked, up
 * to a number of sentences and characters; a sentence that shares no term with the query is never added to another
 * (when none shares one, the answer is the best-ranked source's first sentence). Each sentence is followed by the citation of every source it appears
 * in. Ties go to the better-ranked source and the earlier sentence, so the same input gives the same answer.
 */
final class ExtractiveAnswerer implements Answerer {
    static final int MAX_SENTENCES = 5;
    static final int MAX_CHARACTERS = 600;
    private static final double LAMBDA = 0.7;
    /** Citation marks a source's own text carries, which would read as the answer's citations. */
    private static final Pattern OWN_MARKS = Pattern.compile("\\s*(?:\\[[^\\]\\n]{1,12}]|【[^】\\n]{1,12}】)");

    private final int maxSentences;
    private final int maxCharacters;

    ExtractiveAnswerer(int maxSentences, int maxCharacters) {
        this.maxSentences = maxSentences;
        this.maxCharacters = maxCharacters;
    }

    /** A sentence of the sources and the ranks of the sources it is in. */
    private record Candidate(String text, TreeSet<Integer> ranks, Map<String, Double> vector) {}

    @Override
    public String answer(Query query, List<RetrievedSource> sources, int sample) {
        Lang lang = query.lang() != null ? query.lang() : Script.dominant(query.query());
        List<Candidate> candidates = candidates(sources, lang);
        if (candidates.isEmpty()) return "";
        Map<String, Double> idf = idf(candidates);
        candidates = candidates.stream().map(c -> new Candidate(c.text(), c.ranks(), weighted(c.vector(), idf))).toList();
        Map<String, Double> q = weighted(counts(Terms.of(query.query())), idf);
        double[] relevance = candidates.stream().mapToDouble(c -> cosine(q, c.vector())).toArray();
        List<Candidate> picked = new ArrayList<>();
        boolean[] used = new boolean[candidates.size()];
        int characters = 0;
        while (picked.size() < maxSentences) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < candidates.size(); i++) {
                if (used[i] || (!picked.isEmpty() && relevance[i] == 0)) continue;
                double redundancy = 0;
                for (Candidate p : picked) redundancy = Math.max(redundancy, cosine(p.vector(), candidates.get(i).vector()));
                double score = LAMBDA * relevance[i] - (1 - LAMBDA) * redundancy;
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            if (best < 0) break;
            Candidate c = candidates.get(best);
            if (!picked.isEmpty() && characters + c.text().length() > maxCharacters) break;
            used[best] = true;
            picked.add(c);
            characters += c.text().length();
        }
        return write(picked, lang);
    }

    private static List<Candidate> candidates(List<RetrievedSource> sources, Lang lang) {
        Map<String, Candidate> all = new LinkedHashMap<>();
        Map<String, Candidate> inLanguage = new LinkedHashMap<>();
        for (RetrievedSource source : sources) {
            for (String sentence : Extracts.sentences(source.text())) {
                String text = OWN_MARKS.matcher(sentence).replaceAll("").strip();
                if (text.isEmpty()) continue;
                Candidate c = all.computeIfAbsent(text, t -> new Candidate(t, new TreeSet<>(), counts(Terms.of(t))));
                c.ranks().add(source.rank());
                if (Script.dominant(text) == lang) inLanguage.putIfAbsent(text, c);
            }
        }
        return List.copyOf((inLanguage.isEmpty() ? all : inLanguage).values());
    }

    private static Map<String, Double> counts(Map<String, Integer> terms) {
        Map<String, Double> vector = new LinkedHashMap<>();
        terms.forEach((term, n) -> vector.put(term, (double) n));
        return vector;
    }

    /** Inverse document frequency over the candidate sentences: ln(1 + P / df). */
    private static Map<String, Double> idf(List<Candidate> candidates) {
        Map<String, Integer> df = new HashMap<>();
        for (Candidate c : candidates) c.vector().keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        Map<String, Double> idf = new HashMap<>();
        df.forEach((t, n) -> idf.put(t, Math.log(1 + (double) candidates.size() / n)));
        return idf;
    }

    private static Map<String, Double> weighted(Map<String, Double> counts, Map<String, Double> idf) {
        Map<String, Double> vector = new LinkedHashMap<>();
        counts.forEach((t, n) -> vector.put(t, n * idf.getOrDefault(t, 0.0)));
        return vector;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        if (dot == 0) return 0;
        return dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Double> v) {
        double sum = 0;
        for (double x : v.values()) sum += x * x;
        return Math.sqrt(sum);
    }

    private static String write(List<Candidate> picked, Lang lang) {
        StringBuilder answer = new StringBuilder();
        for (Candidate c : picked) {
            if (answer.length() > 0 && lang == Lang.EN) answer.append(' ');
            answer.append(c.text()).append(lang == Lang.EN ? " " : "");
            c.ranks().forEach(r -> answer.append('[').append(r).append(']'));
        }
        return answer.toString();
    }

    @Override
    public String engine() {
        return "offline";
    }

    @Override
    public String model() {
        return "extractive";
    }
}
