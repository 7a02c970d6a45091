package io.geopress.measure.audit;

import io.geopress.measure.audit.Audit.ArticleReport;
import io.geopress.measure.audit.Audit.Check;
import io.geopress.model.Bilingual;
import io.geopress.model.Status;
import io.geopress.model.StoredArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The site's score: the mean of its articles' (weight 80), whether robots.txt lets the AI crawlers in, and whether
 * the built llms.txt lists the published articles.
 */
final class SiteChecks {
    static final int ARTICLES = 80;
    static final int ROBOTS = 12;
    static final int LLMS_TXT = 8;
    /** The crawlers of the engines that answer (GEO.md §4), which a GEO site wants to let in. */
    static final List<String> AI_CRAWLERS = List.of("GPTBot", "OAI-SearchBot", "ChatGPT-User", "PerplexityBot", "ClaudeBot",
            "Google-Extended", "Baiduspider", "Bytespider");

    private SiteChecks() {}

    /**
     * @param sitePath the site's base path, which crawlers must be let into
     * @param twinUrls each article's Markdown twin address, which llms.txt links to
     */
    static List<Check> of(List<ArticleReport> reports, List<StoredArticle> articles, String robotsTxt, String sitePath,
            Built built, Map<String, String> twinUrls) {
        List<Check> checks = new ArrayList<>();
        double mean = reports.stream().mapToDouble(ArticleReport::score).average().orElse(0);
        String m = String.format(Locale.ROOT, "%.1f", mean);
        checks.add(Check.of("articles", new Bilingual("文章平均分", "Articles' mean score"), ARTICLES, mean / 100,
                new Bilingual(reports.size() + " 篇文章，平均 " + m, reports.size() + " articles, mean " + m),
                new Bilingual("按各篇文章的建议修改", "follow each article's fixes")));
        checks.add(robots(robotsTxt, sitePath, built));
        checks.add(llmsTxt(articles, built, twinUrls));
        return checks;
    }

    private static Check robots(String robotsTxt, String sitePath, Built built) {
        RobotsRules rules = RobotsRules.parse(robotsTxt);
        List<String> blocked = AI_CRAWLERS.stream().filter(agent -> !rules.allows(agent, sitePath)).toList();
        int allowed = AI_CRAWLERS.size() - blocked.size();
        boolean stale = built.exists() && !built.robotsTxt().equals(robotsTxt);
        return Check.of("robots", new Bilingual("robots.txt 允许 AI 爬虫", "robots.txt lets AI crawlers in"), ROBOTS,
                (double) allowed / AI_CRAWLERS.size(),
                new Bilingual(allowed + "/" + AI_CRAWLERS.size() + " 个 AI 爬虫可访问" + (blocked.isEmpty() ? "" : "；被拒：" + String.join(", ", blocked))
                                + (stale ? "；已构建的 robots.txt 与设置不同，请重新构建" : ""),
                        allowed + " of " + AI_CRAWLERS.size() + " AI crawlers let in" + (blocked.isEmpty() ? "" : "; kept out: " + String.join(", ", blocked))
                                + (stale ? "; the built robots.txt differs from the settings: build again" : "")),
                new Bilingual("在 geopress.yml 的 crawlers 中允许这些爬虫", "allow them under crawlers in geopress.yml"));
    }

    private static Check llmsTxt(List<StoredArticle> articles, Built built, Map<String, String> twinUrls) {
        Bilingual label = new Bilingual("已构建的 llms.txt", "Built llms.txt");
        Bilingual fix = new Bilingual("运行 geopress build", "run geopress build");
        if (!built.exists() || built.llmsTxt().isEmpty()) {
            return Check.of("llms-txt", label, LLMS_TXT, 0, new Bilingual("站点尚未构建，没有 llms.txt", "no built site, no llms.txt"), fix);
        }
        List<StoredArticle> live = articles.stream().filter(a -> a.status() == Status.PUBLISHED).toList();
        long listed = live.stream().filter(a -> built.lists(twinUrls.get(a.slug()))).count();
        double share = live.isEmpty() ? 1 : (double) listed / live.size();
        return Check.of("llms-txt", label, LLMS_TXT, share,
                new Bilingual("llms.txt 列出 " + listed + "/" + live.size() + " 篇已发布文章", "llms.txt lists " + listed + " of " + live.size() + " published articles"),
                fix);
    }
}
