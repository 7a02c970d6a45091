package io.geopress.measure.engine;

import io.geopress.measure.score.SourceScore;
import java.util.List;
import java.util.function.Predicate;

/** What the engine retrieved for one query and how each sampled answer cited it. */
public record QueryResult(Query query, List<SourceRef> sources, List<SampleResult> samples) {
    public QueryResult {
        sources = List.copyOf(sources);
        samples = List.copyOf(samples);
    }

    /** Our pages' PAWC in sample {@code s}: the sum over our retrieved sources (0 when none was retrieved). */
    public double ourPawc(int s) {
        return sum(s, SourceRef::ours, SourceScore::pawc);
    }

    /** Our pages' PAWC, the mean over the samples. */
    public double ourPawc() {
        double sum = 0;
        for (int s = 0; s < samples.size(); s++) sum += ourPawc(s);
        return samples.isEmpty() ? 0 : sum / samples.size();
    }

    double sum(int sample, Predicate<SourceRef> which, java.util.function.ToDoubleFunction<SourceScore> value) {
        List<SourceScore> scores = samples.get(sample).score().sources();
        double sum = 0;
        for (int i = 0; i < sources.size(); i++) {
            if (which.test(sources.get(i))) sum += value.applyAsDouble(scores.get(i));
        }
        return sum;
    }

    boolean cites(int sample, Predicate<SourceRef> which) {
        List<SourceScore> scores = samples.get(sample).score().sources();
        for (int i = 0; i < sources.size(); i++) {
            if (which.test(sources.get(i)) && scores.get(i).cited()) return true;
        }
        return false;
    }

    /** Whether the query's target was retrieved, and in how many samples it was cited; null when it names none. */
    public TargetHit target() {
        if (query.target() == null) return null;
        Predicate<SourceRef> target = r -> r.is(query.target());
        boolean retrieved = sources.stream().anyMatch(target);
        int cited = 0;
        for (int s = 0; s < samples.size(); s++) if (cites(s, target)) cited++;
        return new TargetHit(query.target(), retrieved, cited, samples.size());
    }

    /** @param citedSamples how many of the {@code samples} answers cite the target */
    public record TargetHit(String target, boolean retrieved, int citedSamples, int samples) {
        /** Retrieved and cited in at least one sample. */
        public boolean hit() {
            return retrieved && citedSamples > 0;
        }
    }
}
