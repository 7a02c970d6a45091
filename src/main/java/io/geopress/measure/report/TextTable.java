package io.geopress.measure.report;

import io.geopress.measure.engine.Comparison;
import io.geopress.measure.engine.Interval;
import io.geopress.measure.engine.QueryResult;
import io.geopress.measure.engine.Run;
import io.geopress.measure.engine.RunSummary;
import io.geopress.measure.engine.SiteSummary;
import java.io.PrintWriter;
import java.util.Locale;

/** The terminal's view of a run or a comparison: one row a query, then the sites or the overall change. */
public final class TextTable {
    private static final int QUERY_WIDTH = 48;

    private TextTable() {}

    public static void run(Run run, RunSummary summary, PrintWriter out) {
        out.printf(Locale.ROOT, "%-12s %-" + QUERY_WIDTH + "s %8s %s%n", "id", "query", "our PAWC", "target");
        for (QueryResult q : run.queries()) {
            QueryResult.TargetHit t = q.target();
            String target = t == null ? "-" : !t.retrieved() ? "not retrieved"
                    : "cited in " + t.citedSamples() + " of " + t.samples();
            out.printf(Locale.ROOT, "%-12s %-" + QUERY_WIDTH + "s %8.3f %s%n", cell(q.query().id(), 12), cell(q.query().query(), QUERY_WIDTH),
                    q.ourPawc(), target);
        }
        out.println();
        out.printf(Locale.ROOT, "%-32s %-22s %-22s %-22s %s%n", "site", "PAWC (95% CI)", "word share", "cited in", "retrieved for");
        for (SiteSummary s : summary.sites()) {
            out.printf(Locale.ROOT, "%-32s %-22s %-22s %-22s %d of %d queries%n", cell((s.ours() ? "* " : "  ") + s.site(), 32),
                    interval(s.pawc()), interval(s.share()), interval(s.citationRate()), s.retrievedQueries(), summary.queries());
        }
        out.printf(Locale.ROOT, "%n%d queries, %d answers (%s, %s, k = %d, %d sample%s); targets retrieved %d of %d, cited %d; "
                        + "hallucinated citations %d%n", summary.queries(), summary.answers(), run.engine(), cell(run.model(), 40), run.k(),
                run.samples(), run.samples() == 1 ? "" : "s", summary.targetsRetrieved(), summary.targets(), summary.targetsHit(),
                summary.hallucinated());
        out.flush();
    }

    public static void comparison(Comparison c, PrintWriter out) {
        out.printf(Locale.ROOT, "%-12s %-" + QUERY_WIDTH + "s %8s %8s %8s %8s%n", "id", "query", "before", "after", "change", "relative");
        for (Comparison.Change q : c.queries()) {
            out.printf(Locale.ROOT, "%-12s %-" + QUERY_WIDTH + "s %8.3f %8.3f %+8.3f %8s%n", cell(q.id(), 12), cell(q.query(), QUERY_WIDTH),
                    q.before(), q.after(), q.absolute(), q.relative() == null ? "n/a" : String.format(Locale.ROOT, "%+.1f%%", q.relative() * 100));
        }
        out.printf(Locale.ROOT, "%nour PAWC, run %d -> run %d: %.3f -> %.3f; change %+.3f (95%% CI %+.3f to %+.3f); relative %s%n",
                c.runA(), c.runB(), c.before(), c.after(), c.absolute().estimate(), c.absolute().low(), c.absolute().high(),
                c.relative() == null ? "n/a (our PAWC was 0 before)" : String.format(Locale.ROOT, "%+.1f%% (95%% CI %+.1f%% to %+.1f%%)",
                        c.relative().estimate() * 100, c.relative().low() * 100, c.relative().high() * 100));
        out.flush();
    }

    private static String interval(Interval i) {
        return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", i.estimate(), i.low(), i.high());
    }

    private static String cell(String text, int width) {
        return TerminalText.cut(TerminalText.line(text), width);
    }
}
