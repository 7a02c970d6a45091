package io.geopress.measure.engine;

import io.geopress.measure.retrieve.Retrieval;
import io.geopress.measure.retrieve.RetrievedSource;
import io.geopress.measure.score.AnswerScore;
import io.geopress.model.Lang;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs queries through the simulated engine: retrieve the top k sources, answer N samples, score each answer. */
public final class Simulator {
    private final Retrieval retrieval;
    private final Answerer answerer;
    private final int k;
    private final int samples;
    private final Clock clock;

    public Simulator(Retrieval retrieval, Answerer answerer, int k, int samples, Clock clock) {
        if (k < 1) throw new IllegalArgumentException("k must be at least 1: " + k);
        if (samples < 1) throw new IllegalArgumentException("samples must be at least 1: " + samples);
        this.retrieval = retrieval;
        this.answerer = answerer;
        this.k = k;
        this.samples = samples;
        this.clock = clock;
    }

    /**
     * Asks every query; {@code each} gets each query's result as soon as it is scored (for output as it goes).
     *
     * @throws SimulationException when the model's token budget is spent before the last answer
     */
    public Run run(List<Query> queries, Consumer<QueryResult> each) {
        var at = clock.instant();
        List<QueryResult> results = new ArrayList<>();
        for (Query query : queries) {
            QueryResult result = ask(query);
            each.accept(result);
            results.add(result);
        }
        return new Run(0, at, QueryFile.hash(queries), answerer.engine(), answerer.model(), samples, k, results);
    }

    private QueryResult ask(Query query) {
        Lang lang = query.lang();
        List<RetrievedSource> sources = retrieval.top(query.query(), lang == null ? null : lang.code(), k);
        List<SampleResult> answers = new ArrayList<>();
        for (int s = 0; s < samples; s++) {
            String answer = answerer.answer(query, sources, s);
            answers.add(new SampleResult(s, answer, AnswerScore.of(answer, sources.size())));
        }
        return new QueryResult(query, sources.stream().map(SourceRef::of).toList(), answers);
    }
}
