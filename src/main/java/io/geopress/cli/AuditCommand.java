package io.geopress.cli;

import io.geopress.config.ConfigFile;
import io.geopress.config.SiteConfig;
import io.geopress.measure.audit.Audit;
import io.geopress.model.GeopressException;
import io.geopress.model.Progress;
import io.geopress.model.StoredArticle;
import io.geopress.store.ArticleStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "Score each article's GEO readiness (0-100) and the "
        + "site's, at the latest revision (a draft too), rendered in memory: no build needed.")
final class AuditCommand implements Callable<Integer> {
    /** From this many articles on, the audit shows its progress. */
    private static final int PROGRESS_FROM = 20;

    @Mixin SiteOption site;

    @Parameters(paramLabel = "SLUG", arity = "0..*", description = "The articles to audit (default: all).")
    List<String> slugs = new ArrayList<>();

    @Option(names = "--json", description = "One JSON object per article with its checks, then one for the site.")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a report to read (tables and bar charts, both languages).")
    Path html;

    @Option(names = "--min-score", paramLabel = "N", description = "Exit 1 when an article or the site scores below N.")
    Double minScore;

    @Override
    public Integer call() {
        if (minScore != null && !(minScore >= 0 && minScore <= 100)) throw new IllegalArgumentException("--min-score must be 0 to 100: " + minScore);
        SiteConfig config = site.config();
        ArticleStore store = site.store(config);
        List<StoredArticle> articles = slugs.isEmpty() ? store.list()
                : new LinkedHashSet<>(slugs).stream().map(slug -> store.find(slug)
                        .orElseThrow(() -> new GeopressException("no article with slug '" + slug + "'"))).toList();
        Audit audit = new Audit(site.dir(), config, store.labelSlugs(), ConfigFile.readEnrich(site.dir()), Clock.systemUTC());
        Audit.Report report = audit.run(articles, articles.size() >= PROGRESS_FROM ? new ConsoleProgress() : Progress.NONE);
        if (json) System.out.print(report.json());
        else table(report, System.out);
        if (html != null) {
            AtomicFile.write(html, report.html(), "the report");
            System.err.println("audit: report written to " + Terminal.line(html.toString()));
        }
        if (minScore == null) return 0;
        List<String> below = new ArrayList<>();
        for (Audit.ArticleReport a : report.articles()) if (a.score() < minScore) below.add(a.slug() + " (" + number(a.score()) + ")");
        if (report.siteScore() < minScore) below.add("the site (" + number(report.siteScore()) + ")");
        if (below.isEmpty()) return 0;
        System.err.println("audit: below --min-score " + number(minScore) + ": " + Terminal.line(String.join(", ", below)));
        return 1;
    }

    private static void table(Audit.Report report, PrintStream out) {
        for (Audit.ArticleReport a : report.articles()) {
            out.printf("%5s  %s  r%d %s  %s%n", number(a.score()), Terminal.line(a.slug()), a.revision(), Terminal.line(a.state()),
                    Terminal.line(a.title().any()));
            rows(a.checks(), out);
        }
        out.printf("%5s  site (%d articles)%n", number(report.siteScore()), report.articles().size());
        rows(report.siteChecks(), out);
    }

    private static void rows(List<Audit.Check> checks, PrintStream out) {
        for (Audit.Check c : checks) {
            out.printf("       %-7s %5s/%-3d %-17s %s%n", c.status().name().toLowerCase(Locale.ROOT), number(c.score()), c.weight(),
                    c.name(), Terminal.line(c.found().en()));
            if (!c.fix().isEmpty()) out.printf("       %25s fix: %s%n", "", Terminal.line(c.fix().en()));
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
