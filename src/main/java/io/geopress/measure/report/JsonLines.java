package io.geopress.measure.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.geopress.measure.engine.Comparison;
import io.geopress.measure.engine.Interval;
import io.geopress.measure.engine.QueryResult;
import io.geopress.measure.engine.Run;
import io.geopress.measure.engine.RunSummary;
import io.geopress.measure.engine.SampleResult;
import io.geopress.measure.engine.SiteSummary;
import io.geopress.measure.engine.SourceRef;
import io.geopress.measure.score.SourceScore;
import java.io.PrintWriter;

/**
 * {@code --json}: one JSON object a line, one per query, then a summary object ({@code "summary": true}). A
 * source's {@code words}, {@code share} and {@code pawc} are its means over the query's samples; {@code cited}
 * says whether any sample cites it, {@code cited_samples} how many do; each sample's own scores follow in
 * {@code samples}.
 */
public final class JsonLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {}

    public static void run(Run run, RunSummary summary, PrintWriter out) {
        for (QueryResult q : run.queries()) out.println(query(q));
        out.println(summary(run, summary));
        out.flush();
    }

    /** One query's line, for output as the run goes. */
    public static String query(QueryResult q) {
        ObjectNode line = JSON.createObjectNode().put("id", q.query().id()).put("query", q.query().query());
        line.put("lang", q.query().lang() == null ? null : q.query().lang().code()).put("target", q.query().target());
        ArrayNode sources = line.putArray("sources");
        int n = q.samples().size();
        for (int i = 0; i < q.sources().size(); i++) {
            SourceRef ref = q.sources().get(i);
            double words = 0;
            double share = 0;
            double pawc = 0;
            int cited = 0;
            for (SampleResult s : q.samples()) {
                SourceScore score = s.score().sources().get(i);
                words += score.words() / n;
                share += score.share() / n;
                pawc += score.pawc() / n;
                if (score.cited()) cited++;
            }
            sources.addObject().put("url", ref.url()).put("site", ref.site()).put("rank", ref.rank()).put("ours", ref.ours())
                    .put("cited", cited > 0).put("cited_samples", cited).put("words", round(words)).put("share", round(share))
                    .put("pawc", round(pawc));
        }
        line.put("our_pawc", round(q.ourPawc()));
        QueryResult.TargetHit target = q.target();
        if (target != null) line.putObject("target_hit").put("retrieved", target.retrieved()).put("cited_samples", target.citedSamples());
        ArrayNode samples = line.putArray("samples");
        for (SampleResult s : q.samples()) {
            ObjectNode sample = samples.addObject().put("sample", s.sample()).put("answer", s.answer())
                    .put("sentences", s.score().sentences()).put("words", s.score().words());
            ArrayNode scores = sample.putArray("sources");
            for (SourceScore score : s.score().sources()) {
                scores.addObject().put("rank", score.number()).put("cited", score.cited()).put("citations", score.citations())
                        .put("first_sentence", score.firstSentence() < 0 ? null : score.firstSentence())
                        .put("words", round(score.words())).put("share", round(score.share())).put("pawc", round(score.pawc()));
            }
            ArrayNode hallucinated = sample.putArray("hallucinated");
            s.score().hallucinated().forEach(hallucinated::add);
        }
        return line.toString();
    }

    private static String summary(Run run, RunSummary summary) {
        ObjectNode line = JSON.createObjectNode().put("summary", true).put("run", run.id()).put("engine", run.engine())
                .put("model", run.model()).put("samples", run.samples()).put("k", run.k()).put("queries", summary.queries())
                .put("answers", summary.answers()).put("query_set_hash", run.querySetHash()).put("at", run.at().toString());
        ArrayNode sites = line.putArray("sites");
        for (SiteSummary site : summary.sites()) {
            ObjectNode s = sites.addObject().put("site", site.site()).put("ours", site.ours()).put("retrieved_queries", site.retrievedQueries());
            interval(s, "pawc", site.pawc());
            interval(s, "share", site.share());
            interval(s, "citation_rate", site.citationRate());
        }
        line.putObject("targets").put("queries", summary.targets()).put("retrieved", summary.targetsRetrieved())
                .put("hit", summary.targetsHit());
        line.put("hallucinated_citations", summary.hallucinated());
        return line.toString();
    }

    /** {@code --compare --json}: one line per query, then the overall change. */
    public static void comparison(Comparison c, PrintWriter out) {
        for (Comparison.Change q : c.queries()) {
            ObjectNode line = JSON.createObjectNode().put("id", q.id()).put("query", q.query()).put("before", round(q.before()))
                    .put("after", round(q.after())).put("change", round(q.absolute()));
            if (q.relative() == null) line.put("relative", "n/a");
            else line.put("relative", round(q.relative()));
            out.println(line);
        }
        ObjectNode summary = JSON.createObjectNode().put("summary", true).put("run_a", c.runA()).put("run_b", c.runB())
                .put("before", round(c.before())).put("after", round(c.after()));
        interval(summary, "change", c.absolute());
        if (c.relative() == null) summary.put("relative", "n/a");
        else interval(summary, "relative", c.relative());
        out.println(summary);
        out.flush();
    }

    private static void interval(ObjectNode node, String name, Interval interval) {
        node.putObject(name).put("mean", round(interval.estimate())).put("low", round(interval.low())).put("high", round(interval.high()));
    }

    private static double round(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 1e6) / 1e6;
    }

}
