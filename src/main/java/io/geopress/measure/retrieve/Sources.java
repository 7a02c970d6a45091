package io.geopress.measure.retrieve;

import io.geopress.model.Lang;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Passages ranked for a query, gathered into sources: an article ranks by its best passage, and gives the answerer
 * its best passages that fit the budget together, in the order they have in the article.
 */
final class Sources {
    private static final String SEPARATOR = "\n\n";

    private Sources() {}

    static List<RetrievedSource> of(List<Integer> ranked, List<Passage> passages, List<Document> documents, Lang lang,
            int k, int budget) {
        Map<Integer, List<Passage>> byDocument = new LinkedHashMap<>();
        for (int index : ranked) {
            Passage p = passages.get(index);
            if (byDocument.size() == k && !byDocument.containsKey(p.document())) continue;
            byDocument.computeIfAbsent(p.document(), d -> new ArrayList<>()).add(p);
        }
        List<RetrievedSource> sources = new ArrayList<>();
        for (Map.Entry<Integer, List<Passage>> e : byDocument.entrySet()) {
            Document d = documents.get(e.getKey());
            sources.add(new RetrievedSource(sources.size() + 1, d.url(), d.site(), d.article().title().in(lang), d.slug(),
                    d.ours(), text(e.getValue(), budget)));
        }
        return sources;
    }

    /** The best passages (given best first) whose text fits {@code budget} characters together, in article order. */
    static String text(List<Passage> best, int budget) {
        List<Passage> chosen = new ArrayList<>();
        int used = 0;
        for (Passage p : best) {
            int more = p.text().length() + (chosen.isEmpty() ? 0 : SEPARATOR.length());
            if (used + more > budget) continue;
            chosen.add(p);
            used += more;
        }
        if (chosen.isEmpty()) return cut(best.get(0).text(), budget); // a budget smaller than the best passage
        chosen.sort(Comparator.comparingInt(Passage::ordinal));
        return String.join(SEPARATOR, chosen.stream().map(Passage::text).toList());
    }

    private static String cut(String text, int budget) {
        int end = budget;
        if (Character.isHighSurrogate(text.charAt(end - 1))) end--;
        return text.substring(0, end);
    }
}
