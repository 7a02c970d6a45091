package io.geopress.text;

/**
 * PageRank over an undirected weighted graph, as TextRank uses it: WS(i) = (1 - d) + d * Σ_j w(j,i) / Σ_k w(j,k) *
 * WS(j), with damping d = 0.85, iterated until no score moves by more than 1e-6 (at most 500 rounds).
 */
final class Ranking {
    static final double DAMPING = 0.85;
    private static final double EPSILON = 1e-6;
    private static final int MAX_ROUNDS = 500;

    private Ranking() {}

    /** Scores for the nodes of a symmetric weight matrix (the diagonal is ignored). */
    static double[] scores(double[][] weights) {
        int n = weights.length;
        double[] out = new double[n];
        double[] strength = new double[n];
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < n; k++) if (k != j) strength[j] += weights[j][k];
        }
        java.util.Arrays.fill(out, 1.0);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            double[] next = new double[n];
            double moved = 0;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    if (j != i && weights[j][i] > 0) sum += weights[j][i] / strength[j] * out[j];
                }
                next[i] = (1 - DAMPING) + DAMPING * sum;
                moved = Math.max(moved, Math.abs(next[i] - out[i]));
            }
            out = next;
            if (moved < EPSILON) break;
        }
        return out;
    }
}
