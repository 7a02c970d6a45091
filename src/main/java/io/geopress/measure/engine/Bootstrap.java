package io.geopress.measure.engine;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Percentile bootstrap intervals (95%), seeded so that the same results give the same interval. Queries are the
 * unit resampled: observations of one query (its samples) are resampled within the query, since samples of one
 * query are not independent of each other.
 */
final class Bootstrap {
    private final int resamples;
    private final long seed;

    Bootstrap(int resamples, long seed) {
        if (resamples < 1) throw new IllegalArgumentException("resamples must be at least 1: " + resamples);
        this.resamples = resamples;
        this.seed = seed;
    }

    /** The mean over all observations ({@code values[query][sample]}), queries and then samples resampled. */
    Interval mean(double[][] values) {
        SplittableRandom random = new SplittableRandom(seed);
        return interval(mean(values, identity(values.length), null), () -> {
            int[] picked = picks(random, values.length);
            return mean(values, picked, random);
        });
    }

    /**
     * A statistic of paired per-query values, queries resampled: {@code statistic} gets the indices of one
     * resample (the identity for the estimate).
     */
    Interval paired(int queries, ToDoubleFunction<int[]> statistic) {
        SplittableRandom random = new SplittableRandom(seed);
        return interval(statistic.applyAsDouble(identity(queries)), () -> statistic.applyAsDouble(picks(random, queries)));
    }

    private interface Resample {
        double next();
    }

    private Interval interval(double estimate, Resample resample) {
        double[] stats = new double[resamples];
        int n = 0;
        for (int r = 0; r < resamples; r++) {
            double value = resample.next();
            if (!Double.isNaN(value)) stats[n++] = value;
        }
        if (n == 0) return new Interval(estimate, Double.NaN, Double.NaN);
        double[] sorted = Arrays.copyOf(stats, n);
        Arrays.sort(sorted);
        return new Interval(estimate, percentile(sorted, 0.025), percentile(sorted, 0.975));
    }

    private static double mean(double[][] values, int[] queries, SplittableRandom withinQuery) {
        double sum = 0;
        int count = 0;
        for (int q : queries) {
            double[] samples = values[q];
            for (int s = 0; s < samples.length; s++) {
                sum += withinQuery == null ? samples[s] : samples[withinQuery.nextInt(samples.length)];
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    private static int[] picks(SplittableRandom random, int n) {
        int[] picked = new int[n];
        for (int i = 0; i < n; i++) picked[i] = random.nextInt(n);
        return picked;
    }

    static int[] identity(int n) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) all[i] = i;
        return all;
    }

    /** Linear interpolation between the closest ranks. */
    private static double percentile(double[] sorted, double p) {
        double at = p * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
    }
}
