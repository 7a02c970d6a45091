package io.geopress.measure.report;

import io.geopress.measure.engine.Comparison;
import io.geopress.measure.engine.Interval;
import io.geopress.measure.engine.QueryResult;
import io.geopress.measure.engine.Run;
import io.geopress.measure.engine.RunSummary;
import io.geopress.measure.engine.SiteSummary;
import io.geopress.site.page.InlineHtml;
import java.util.List;
import java.util.Locale;

/**
 * A run or a comparison as a page a person reads: tables and bar charts in inline SVG (no script), labels in
 * Chinese and English, everything that comes from content escaped.
 */
public final class HtmlReport {
    private static final int BAR_WIDTH = 320;
    private static final int ROW = 22;
    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
            + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left}"
            + "td.n{text-align:right;font-variant-numeric:tabular-nums}svg text{font-size:12px}";

    private HtmlReport() {}

    /** One bar of a chart: a label and one or two values from 0 to 1. */
    private record Bar(String label, double first, Double second) {}

    public static String run(Run run, RunSummary summary) {
        StringBuilder html = page("模拟运行 " + run.id() + " · Simulation run " + run.id());
        html.append("<p>").append(esc(run.engine())).append(" · ").append(esc(run.model())).append(" · k = ").append(run.k())
                .append(" · ").append(run.samples()).append(" 次采样 samples · ").append(summary.queries()).append(" 个查询 queries · ")
                .append(esc(run.at().toString())).append("</p>\n");
        html.append("<h2>各查询的我方 PAWC · Our PAWC per query</h2>\n");
        chart(html, run.queries().stream().map(q -> new Bar(q.query().id() + " " + q.query().query(), q.ourPawc(), null)).toList(),
                "我方 PAWC · our PAWC", null);
        html.append("<h2>站点 · Sites</h2>\n<table><tr><th>站点 Site</th><th>PAWC (95% CI)</th><th>词数份额 Word share</th>"
                + "<th>引用率 Citation rate</th><th>检索到 Retrieved</th></tr>\n");
        for (SiteSummary s : summary.sites()) {
            html.append("<tr><td>").append(esc(s.site())).append(s.ours() ? " (我方 ours)" : "").append("</td><td class=n>")
                    .append(interval(s.pawc())).append("</td><td class=n>").append(interval(s.share())).append("</td><td class=n>")
                    .append(interval(s.citationRate())).append("</td><td class=n>").append(s.retrievedQueries()).append(" / ")
                    .append(summary.queries()).append("</td></tr>\n");
        }
        html.append("</table>\n<h2>查询 · Queries</h2>\n<table><tr><th>ID</th><th>查询 Query</th><th>目标 Target</th>"
                + "<th>我方 PAWC Our PAWC</th></tr>\n");
        for (QueryResult q : run.queries()) {
            QueryResult.TargetHit t = q.target();
            String target = t == null ? "—" : esc(t.target()) + (t.retrieved() ? " · 被引用 cited " + t.citedSamples() + " / " + t.samples()
                    : " · 未检索到 not retrieved");
            html.append("<tr><td>").append(esc(q.query().id())).append("</td><td>").append(esc(q.query().query())).append("</td><td>")
                    .append(target).append("</td><td class=n>").append(number(q.ourPawc())).append("</td></tr>\n");
        }
        html.append("</table>\n<p>目标被检索 Targets retrieved: ").append(summary.targetsRetrieved()).append(" / ").append(summary.targets())
                .append(" · 被引用 cited: ").append(summary.targetsHit()).append(" · 幻觉引用 hallucinated citations: ")
                .append(summary.hallucinated()).append("</p>\n");
        return html.append("</body>\n</html>\n").toString();
    }

    public static String comparison(Comparison c) {
        StringBuilder html = page("比较运行 " + c.runA() + " 与 " + c.runB() + " · Runs " + c.runA() + " and " + c.runB() + " compared");
        html.append("<p>我方 PAWC · Our PAWC: ").append(number(c.before())).append(" → ").append(number(c.after()))
                .append(" · 变化 change ").append(signed(c.absolute().estimate())).append(" (95% CI ").append(signed(c.absolute().low()))
                .append(" – ").append(signed(c.absolute().high())).append(") · 相对 relative ")
                .append(c.relative() == null ? "n/a" : percent(c.relative().estimate()) + " (95% CI " + percent(c.relative().low()) + " – "
                        + percent(c.relative().high()) + ")")
                .append("</p>\n<h2>各查询前后对比 · Before and after per query</h2>\n");
        chart(html, c.queries().stream().map(q -> new Bar(q.id() + " " + q.query(), q.before(), q.after())).toList(),
                "之前 before (运行 run " + c.runA() + ")", "之后 after (运行 run " + c.runB() + ")");
        html.append("<table><tr><th>ID</th><th>查询 Query</th><th>之前 Before</th><th>之后 After</th><th>变化 Change</th>"
                + "<th>相对 Relative</th></tr>\n");
        for (Comparison.Change q : c.queries()) {
            html.append("<tr><td>").append(esc(q.id())).append("</td><td>").append(esc(q.query())).append("</td><td class=n>")
                    .append(number(q.before())).append("</td><td class=n>").append(number(q.after())).append("</td><td class=n>")
                    .append(signed(q.absolute())).append("</td><td class=n>").append(q.relative() == null ? "n/a" : percent(q.relative()))
                    .append("</td></tr>\n");
        }
        return html.append("</table>\n</body>\n</html>\n").toString();
    }

    private static StringBuilder page(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title))
                .append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n");
    }

    /** Horizontal bars, one row a query (two bars when {@code secondName} is given), scaled from 0 to 1. */
    private static void chart(StringBuilder html, List<Bar> bars, String firstName, String secondName) {
        int perRow = secondName == null ? ROW : 2 * ROW;
        int labelWidth = 300;
        int height = bars.size() * perRow + 30;
        html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(labelWidth + BAR_WIDTH + 60)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(labelWidth + BAR_WIDTH + 60).append(' ')
                .append(height).append("\">\n<title>").append(esc(firstName + (secondName == null ? "" : " / " + secondName))).append("</title>\n");
        legend(html, 0, firstName, "#3b6fb6");
        if (secondName != null) legend(html, 260, secondName, "#e08a2c");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 24 + i * perRow;
            html.append("<text x=\"0\" y=\"").append(y + 14).append("\">").append(esc(TerminalText.cut(bar.label(), 40))).append("</text>\n");
            rect(html, labelWidth, y, bar.first(), "#3b6fb6");
            if (bar.second() != null) rect(html, labelWidth, y + ROW, bar.second(), "#e08a2c");
        }
        html.append("</svg>\n");
    }

    private static void legend(StringBuilder html, int x, String name, String colour) {
        html.append("<rect x=\"").append(x).append("\" y=\"4\" width=\"12\" height=\"12\" fill=\"").append(colour).append("\"/><text x=\"")
                .append(x + 16).append("\" y=\"14\">").append(esc(name)).append("</text>\n");
    }

    private static void rect(StringBuilder html, int x, int y, double value, String colour) {
        double clamped = Math.max(0, Math.min(1, value));
        html.append("<rect x=\"").append(x).append("\" y=\"").append(y + 3).append("\" width=\"")
                .append(String.format(Locale.ROOT, "%.1f", clamped * BAR_WIDTH)).append("\" height=\"").append(ROW - 6).append("\" fill=\"")
                .append(colour).append("\"/><text x=\"").append(String.format(Locale.ROOT, "%.1f", x + clamped * BAR_WIDTH + 4))
                .append("\" y=\"").append(y + 15).append("\">").append(number(value)).append("</text>\n");
    }

    private static String interval(Interval i) {
        return number(i.estimate()) + " [" + number(i.low()) + ", " + number(i.high()) + "]";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.3f", value);
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%+.1f%%", value * 100);
    }

    private static String esc(String text) {
        return InlineHtml.escape(text == null ? "" : text);
    }
}
