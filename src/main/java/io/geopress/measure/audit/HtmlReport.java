package io.geopress.measure.audit;

import io.geopress.measure.audit.Audit.ArticleReport;
import io.geopress.measure.audit.Audit.Check;
import io.geopress.measure.audit.Audit.Report;
import io.geopress.model.Bilingual;
import io.geopress.site.page.InlineHtml;
import java.util.List;
import java.util.Locale;

/**
 * The audit as a page a person reads, in Chinese and English: the scores in a table, a bar chart per check (inline SVG,
 * no script), then each article's checks with what was found and how to fix it. Everything from content is escaped.
 */
final class HtmlReport {
    private static final int BAR = 320;
    private static final int ROW = 22;
    private static final int LABEL = 240;

    private final StringBuilder html = new StringBuilder(16 * 1024);

    private HtmlReport() {}

    static String of(Report report) {
        return new HtmlReport().write(report);
    }

    private String write(Report report) {
        html.append("<!doctype html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>GEO 审核报告 · GEO audit report</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2em;max-width:72em;color:#222}")
                .append("table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}")
                .append(".pass{background:#e6f4e6}.partial{background:#fdf3d8}.fail{background:#f9dede}.en{color:#555}")
                .append("svg text{font-size:12px;font-family:system-ui,sans-serif}\n</style>\n</head>\n<body>\n");
        html.append("<h1>GEO 审核报告 <span class=\"en\">GEO audit report</span></h1>\n");
        html.append("<p>站点得分 <span class=\"en\">Site score</span>: <strong>").append(number(report.siteScore()))
                .append("</strong> / 100 · ").append(e(report.at().toString())).append(" · ")
                .append(report.articles().size()).append(" 篇文章 <span class=\"en\">articles</span></p>\n");
        scores(report.articles());
        html.append("<h2>站点检查 <span class=\"en\">Site checks</span></h2>\n");
        checks(report.siteChecks());
        html.append("<h2>各项检查 <span class=\"en\">Per check</span></h2>\n");
        if (!report.articles().isEmpty()) {
            List<Check> first = report.articles().get(0).checks();
            for (int i = 0; i < first.size(); i++) chart(report.articles(), i);
        }
        html.append("<h2>各篇文章 <span class=\"en\">Per article</span></h2>\n");
        for (ArticleReport a : report.articles()) {
            html.append("<h3 id=\"").append(e(a.slug())).append("\">").append(bilingual(a.title())).append(" · ")
                    .append(number(a.score())).append("</h3>\n<p><code>").append(e(a.slug())).append("</code> r")
                    .append(a.revision()).append(" · ").append(e(a.state())).append("</p>\n");
            checks(a.checks());
        }
        return html.append("</body>\n</html>\n").toString();
    }

    /** A row per article, a column per check: its score out of its weight. */
    private void scores(List<ArticleReport> articles) {
        if (articles.isEmpty()) return;
        html.append("<table>\n<tr><th>文章 <span class=\"en\">Article</span></th><th>得分 <span class=\"en\">Score</span></th>");
        for (Check c : articles.get(0).checks()) html.append("<th>").append(bilingual(c.label())).append(" (").append(c.weight()).append(")</th>");
        html.append("</tr>\n");
        for (ArticleReport a : articles) {
            html.append("<tr><td><a href=\"#").append(e(a.slug())).append("\">").append(e(a.slug())).append("</a></td><td><strong>")
                    .append(number(a.score())).append("</strong></td>");
            for (Check c : a.checks()) html.append("<td class=\"").append(css(c)).append("\">").append(number(c.score())).append("</td>");
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private void checks(List<Check> checks) {
        html.append("<table>\n<tr><th>检查 <span class=\"en\">Check</span></th><th>权重 <span class=\"en\">Weight</span></th>")
                .append("<th>结果 <span class=\"en\">Result</span></th><th>得分 <span class=\"en\">Score</span></th>")
                .append("<th>发现 <span class=\"en\">Found</span></th><th>改进 <span class=\"en\">How to fix</span></th></tr>\n");
        for (Check c : checks) {
            html.append("<tr class=\"").append(css(c)).append("\"><td>").append(bilingual(c.label())).append("</td><td>").append(c.weight())
                    .append("</td><td>").append(css(c)).append("</td><td>").append(number(c.score())).append("</td><td>")
                    .append(bilingual(c.found())).append("</td><td>").append(bilingual(c.fix())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** A bar per article: the share of check {@code index}'s weight it scored. */
    private void chart(List<ArticleReport> articles, int index) {
        Check head = articles.get(0).checks().get(index);
        int height = ROW * articles.size() + 4;
        html.append("<h3>").append(bilingual(head.label())).append(" (").append(head.weight()).append(")</h3>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(LABEL + BAR + 60)
                .append("\" height=\"").append(height).append("\" aria-label=\"").append(e(head.label().joined(" / "))).append("\">\n");
        for (int i = 0; i < articles.size(); i++) {
            Check c = articles.get(i).checks().get(index);
            int y = i * ROW + 2;
            int width = c.weight() == 0 ? 0 : (int) Math.round(BAR * c.score() / c.weight());
            String slug = articles.get(i).slug();
            html.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(e(slug.length() > 36 ? slug.substring(0, 35) + "…" : slug))
                    .append("</text><rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(BAR)
                    .append("\" height=\"18\" fill=\"#eee\"/><rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"")
                    .append(width).append("\" height=\"18\" fill=\"").append(colour(c)).append("\"/><text x=\"").append(LABEL + BAR + 6)
                    .append("\" y=\"").append(y + 15).append("\">").append(number(c.score())).append("</text>\n");
        }
        html.append("</svg>\n");
    }

    private static String bilingual(Bilingual text) {
        if (text.isEmpty()) return "";
        if (!text.isComplete()) return e(text.any());
        return e(text.zh()) + "<br><span class=\"en\" lang=\"en\">" + e(text.en()) + "</span>";
    }

    private static String css(Check c) {
        return c.status().name().toLowerCase(Locale.ROOT);
    }

    private static String colour(Check c) {
        return switch (c.status()) {
            case PASS -> "#4a9d4a";
            case PARTIAL -> "#d9a21b";
            case FAIL -> "#c84141";
        };
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String e(String text) {
        return InlineHtml.escape(text);
    }
}
