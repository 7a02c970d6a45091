package io.geopress.measure.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two runs on the same queries compared, query by query: our PAWC before (run A) and after (run B), each the mean
 * over the run's samples, and its change, absolute and relative, with a paired bootstrap interval over queries.
 *
 * @param relative the overall relative change (ΣB − ΣA) / ΣA; null ("n/a") when run A's PAWC is 0 on every query
 */
public record Comparison(long runA, long runB, List<Change> queries, double before, double after, Interval absolute,
        Interval relative) {
    public Comparison {
        queries = List.copyOf(queries);
    }

    /** @param relative (after − before) / before; null ("n/a") when before is 0 */
    public record Change(String id, String query, double before, double after, double absolute, Double relative) {}

    /** Compares with the default bootstrap ({@link RunSummary#RESAMPLES}, {@link RunSummary#SEED}). */
    public static Comparison of(Run a, Run b) {
        return of(a, b, RunSummary.RESAMPLES, RunSummary.SEED);
    }

    /** @throws SimulationException when the runs asked different query sets */
    public static Comparison of(Run a, Run b, int resamples, long seed) {
        Map<String, QueryResult> inB = new HashMap<>();
        b.queries().forEach(q -> inB.put(q.query().id(), q));
        for (QueryResult q : a.queries()) {
            QueryResult other = inB.get(q.query().id());
            if (other == null || !other.query().equals(q.query())) {
                throw new SimulationException("runs " + a.id() + " and " + b.id() + " asked different queries (query '"
                        + q.query().id() + "' " + (other == null ? "is not in run " + b.id() : "differs") + "): only runs on the same query set compare");
            }
        }
        if (a.queries().size() != b.queries().size()) {
            throw new SimulationException("runs " + a.id() + " and " + b.id() + " asked different queries (" + a.queries().size()
                    + " and " + b.queries().size() + "): only runs on the same query set compare");
        }
        int n = a.queries().size();
        double[] before = new double[n];
        double[] after = new double[n];
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            QueryResult q = a.queries().get(i);
            before[i] = q.ourPawc();
            after[i] = inB.get(q.query().id()).ourPawc();
            changes.add(new Change(q.query().id(), q.query().query(), before[i], after[i], after[i] - before[i],
                    before[i] == 0 ? null : (after[i] - before[i]) / before[i]));
        }
        Bootstrap bootstrap = new Bootstrap(resamples, seed);
        Interval absolute = bootstrap.paired(n, picks -> mean(after, picks) - mean(before, picks));
        double totalBefore = mean(before, Bootstrap.identity(n));
        Interval relative = totalBefore == 0 ? null : bootstrap.paired(n, picks -> {
            double was = mean(before, picks);
            return was == 0 ? Double.NaN : (mean(after, picks) - was) / was;
        });
        return new Comparison(a.id(), b.id(), changes, totalBefore, mean(after, Bootstrap.identity(n)), absolute, relative);
    }

    private static double mean(double[] values, int[] picks) {
        double sum = 0;
        for (int i : picks) sum += values[i];
        return picks.length == 0 ? 0 : sum / picks.length;
    }
}
