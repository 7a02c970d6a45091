package io.geopress.measure.engine;

import io.geopress.measure.score.SourceScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A run in aggregate: our site and each competitor domain, and how often the queries' targets were retrieved and
 * cited.
 *
 * @param sites ours first, then competitors by mean PAWC, highest first (ties by name)
 * @param targets the queries that name a target
 * @param targetsRetrieved those whose target was among the retrieved sources
 * @param targetsHit those whose target was retrieved and cited in at least one sample
 * @param hallucinated citations of sources that were not given (out of range or [0]), over all answers
 */
public record RunSummary(int queries, int answers, List<SiteSummary> sites, int targets, int targetsRetrieved, int targetsHit,
        int hallucinated) {
    public static final int RESAMPLES = 2_000;
    public static final long SEED = 20240825L;

    public RunSummary {
        sites = List.copyOf(sites);
    }

    /** The summary with the default bootstrap: {@link #RESAMPLES} resamples, seed {@link #SEED}. */
    public static RunSummary of(Run run) {
        return of(run, RESAMPLES, SEED);
    }

    public static RunSummary of(Run run, int resamples, long seed) {
        Bootstrap bootstrap = new Bootstrap(resamples, seed);
        Map<String, Boolean> sites = new LinkedHashMap<>();
        for (QueryResult q : run.queries()) q.sources().forEach(s -> sites.merge(s.site(), s.ours(), Boolean::logicalOr));
        List<SiteSummary> summaries = new ArrayList<>();
        sites.forEach((site, ours) -> summaries.add(site(run, site, ours, bootstrap)));
        summaries.sort(Comparator.comparing((SiteSummary s) -> !s.ours()).thenComparing(s -> -s.pawc().estimate())
                .thenComparing(SiteSummary::site));
        int answers = 0;
        int hallucinated = 0;
        int targets = 0;
        int retrieved = 0;
        int hit = 0;
        for (QueryResult q : run.queries()) {
            answers += q.samples().size();
            for (SampleResult s : q.samples()) hallucinated += s.score().hallucinated().size();
            QueryResult.TargetHit target = q.target();
            if (target == null) continue;
            targets++;
            if (target.retrieved()) retrieved++;
            if (target.hit()) hit++;
        }
        return new RunSummary(run.queries().size(), answers, summaries, targets, retrieved, hit, hallucinated);
    }

    private static SiteSummary site(Run run, String site, boolean ours, Bootstrap bootstrap) {
        Predicate<SourceRef> of = s -> s.site().equals(site);
        int n = run.queries().size();
        double[][] pawc = new double[n][];
        double[][] share = new double[n][];
        double[][] cited = new double[n][];
        int retrieved = 0;
        for (int q = 0; q < n; q++) {
            QueryResult result = run.queries().get(q);
            if (result.sources().stream().anyMatch(of)) retrieved++;
            int samples = result.samples().size();
            pawc[q] = new double[samples];
            share[q] = new double[samples];
            cited[q] = new double[samples];
            for (int s = 0; s < samples; s++) {
                pawc[q][s] = result.sum(s, of, SourceScore::pawc);
                share[q][s] = result.sum(s, of, SourceScore::share);
                cited[q][s] = result.cites(s, of) ? 1 : 0;
            }
        }
        return new SiteSummary(site, ours, retrieved, bootstrap.mean(pawc), bootstrap.mean(share), bootstrap.mean(cited));
    }
}
