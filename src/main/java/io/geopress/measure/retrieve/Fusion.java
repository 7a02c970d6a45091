package io.geopress.measure.retrieve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reciprocal rank fusion (Cormack et al., 2009): a passage scores the sum of 1 / (K + its rank) over the rankings. */
final class Fusion {
    static final int K = 60;

    private Fusion() {}

    /** The passages of all {@code rankings} (each best first), best fused first; ties in passage order. */
    static List<Integer> fused(List<List<Integer>> rankings) {
        Map<Integer, Double> scores = new HashMap<>();
        for (List<Integer> ranking : rankings) {
            for (int rank = 0; rank < ranking.size(); rank++) scores.merge(ranking.get(rank), 1.0 / (K + rank + 1), Double::sum);
        }
        List<Integer> passages = new ArrayList<>(scores.keySet());
        passages.sort(Comparator.comparingDouble((Integer p) -> -scores.get(p)).thenComparingInt(p -> p));
        return passages;
    }
}
