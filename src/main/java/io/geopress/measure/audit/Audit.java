package io.geopress.measure.audit;

import io.geopress.config.SiteConfig;
import io.geopress.enrich.EnrichOptions;
import io.geopress.model.Bilingual;
import io.geopress.model.LabelSlugs;
import io.geopress.model.Progress;
import io.geopress.model.StoredArticle;
import io.geopress.site.ArticlePreview;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The GEO readiness of articles (0–100 each) and of the site: each article is rendered in memory at the revision it
 * is given, as a build would render it, and its page, JSON-LD, Markdown twin and llms.txt line are checked; a draft
 * is rendered as if published now. Nothing is written and no build is needed; what the built site holds is noted.
 */
public final class Audit {
    public enum Status { PASS, PARTIAL, FAIL }

    /**
     * One check of an article or of the site.
     *
     * @param name what is checked, a short identifier ({@code bluf}, {@code json-ld}, …)
     * @param label its name for a reader
     * @param weight the most it adds to a score; an article's (and the site's) weights sum to 100
     * @param score what it added: {@code weight} times the share of the check met, to one decimal
     * @param found what was found, with its figures
     * @param fix how to do better; empty when it passed
     */
    public record Check(String name, Bilingual label, int weight, Status status, double score, Bilingual found, Bilingual fix) {
        public Check {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(status, "status");
        }

        /** A check that met {@code share} (0 to 1) of what it asks. */
        static Check of(String name, Bilingual label, int weight, double share, Bilingual found, Bilingual fix) {
            double met = Math.max(0, Math.min(1, share));
            Status status = met >= 0.999 ? Status.PASS : met <= 0.001 ? Status.FAIL : Status.PARTIAL;
            return new Check(name, label, weight, status, Math.round(weight * met * 10) / 10.0, found,
                    status == Status.PASS ? Bilingual.EMPTY : fix);
        }
    }

    /**
     * One article's audit.
     *
     * @param state the article's state ({@code draft}, {@code published}, …) and whether the audited revision is live
     */
    public record ArticleReport(String slug, Bilingual title, int revision, String state, double score, List<Check> checks) {
        public ArticleReport {
            checks = List.copyOf(checks);
        }
    }

    /** The audit of some articles, and of the site: the articles' mean and the site's own checks. */
    public record Report(List<ArticleReport> articles, double siteScore, List<Check> siteChecks, Instant at) {
        public Report {
            articles = List.copyOf(articles);
            siteChecks = List.copyOf(siteChecks);
        }

        /** One JSON object per line: each article with its checks, then the site. */
        public String json() {
            return JsonReport.of(this);
        }

        /** A page a person reads: a table of the scores and a bar chart per check, in both languages. */
        public String html() {
            return HtmlReport.of(this);
        }
    }

    private final Path siteDir;
    private final SiteConfig config;
    private final EnrichOptions limits;
    private final Clock clock;
    private final ArticlePreview preview;

    /**
     * @param labels the slugs of the site's tags, categories and sources, which pages link to
     * @param limits the BLUF summary's limits, as enrichment keeps them
     */
    public Audit(Path siteDir, SiteConfig config, LabelSlugs labels, EnrichOptions limits, Clock clock) {
        this.siteDir = siteDir.toAbsolutePath().normalize();
        this.config = config;
        this.limits = limits;
        this.clock = clock;
        this.preview = new ArticlePreview(siteDir, config, labels);
    }

    /** Audits {@code articles}, each at the revision it holds, and the site. */
    public Report run(List<StoredArticle> articles, Progress progress) {
        Instant now = clock.instant();
        progress.start("audit", articles.size());
        Built built = Built.of(siteDir);
        List<ArticleReport> reports = new ArrayList<>(articles.size());
        Map<String, String> twinUrls = new HashMap<>();
        for (StoredArticle stored : articles) {
            StoredArticle shown = asPublished(stored, now);
            ArticlePreview.Rendered rendered = preview.render(shown);
            twinUrls.put(stored.slug(), rendered.twinUrl());
            reports.add(ArticleChecks.report(new Subject(shown, stored, rendered, siteDir, built, config, limits, now)));
            progress.advance(reports.size());
        }
        progress.finish();
        List<Check> site = SiteChecks.of(reports, articles, preview.robotsTxt(), config.basePath(), built, twinUrls);
        return new Report(reports, ArticleChecks.total(site), site, now);
    }

    /** A draft as its page would be if it were published now: our publication date is set at the first publish. */
    private StoredArticle asPublished(StoredArticle s, Instant now) {
        if (s.publishedAt() != null) return s;
        OffsetDateTime at = OffsetDateTime.ofInstant(now, config.timeZone());
        return new StoredArticle(s.id(), s.slug(), s.status(), s.revision(), s.latestRevision(), s.publishedRevision(), at,
                s.revisedAt(), s.article(), s.expiresAt());
    }
}
