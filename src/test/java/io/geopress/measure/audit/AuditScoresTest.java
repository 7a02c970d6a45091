package io.geopress.measure.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.config.SiteConfig;
import io.geopress.enrich.EnrichOptions;
import io.geopress.measure.audit.Audit.ArticleReport;
import io.geopress.measure.audit.Audit.Check;
import io.geopress.measure.audit.Audit.Status;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Faq;
import io.geopress.model.Lang;
import io.geopress.model.LabelSlugs;
import io.geopress.model.Progress;
import io.geopress.model.StoredArticle;
import io.geopress.site.ArticlePreview;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Audit scores move the way they should when a page loses what engines look for. */
class AuditScoresTest {
    @TempDir Path site;

    private final SiteConfig config = SiteConfig.defaults("松林街新闻", GoodArticle.base());

    @Test
    void aWellMadeArticlePassesEveryContentCheckAndItsWeightsSumTo100() {
        ArticleReport report = audit(GoodArticle.stored(GoodArticle.article()));

        assertThat(report.checks().stream().mapToInt(Check::weight).sum()).isEqualTo(100);
        assertThat(report.checks()).filteredOn(c -> c.status() != Status.PASS).extracting(Check::name).isEmpty();
        assertThat(check(report, "json-ld").found().en()).contains("0 problems", "NewsArticle", "FAQPage", "ImageObject", "Person");
        assertThat(report.score()).isEqualTo(100);
    }

    @Test
    void losingItsSummaryLowersTheBlufCheckAndTheScore() {
        ArticleReport good = audit(GoodArticle.stored(GoodArticle.article()));
        ArticleReport bad = audit(GoodArticle.stored(GoodArticle.article().withSummary(Bilingual.EMPTY, null)));

        assertThat(check(bad, "bluf").status()).isEqualTo(Status.FAIL);
        assertThat(bad.score()).isLessThanOrEqualTo(good.score() - ContentChecks.BLUF);
    }

    @Test
    void aSummaryOverItsLimitIsPartial() {
        String long_ = "word ".repeat(90).strip();
        ArticleReport report = audit(GoodArticle.stored(GoodArticle.article().withSummary(new Bilingual("很短的摘要。", long_), null)));

        assertThat(check(report, "bluf").status()).isEqualTo(Status.PARTIAL);
        assertThat(check(report, "bluf").found().en()).contains("90 English words (at most 80)");
    }

    @Test
    void losingItsFaqFailsTheFaqCheck() {
        ArticleReport good = audit(GoodArticle.stored(GoodArticle.article()));
        ArticleReport bad = audit(GoodArticle.stored(GoodArticle.article().withFaq(List.of(), null)));

        assertThat(check(bad, "faq").status()).isEqualTo(Status.FAIL);
        assertThat(bad.score()).isLessThan(good.score() - ContentChecks.FAQ + 0.1);
    }

    @Test
    void anAnswerTheBodyDoesNotSupportIsNotGrounded() {
        Article a = GoodArticle.article();
        List<Faq> faq = new ArrayList<>(a.faq());
        faq.set(0, new Faq(faq.get(0).question(),
                new Bilingual("火星殖民地每周举办音乐节。", "Colonists on Mars hold a music festival every week.")));
        ArticleReport report = audit(GoodArticle.stored(a.withFaq(faq, null)));

        assertThat(check(report, "faq").status()).isEqualTo(Status.PARTIAL);
        assertThat(check(report, "faq").found().en()).contains("3 questions", "2 answers worded from the body or summary");
    }

    @Test
    void losingItsLinksLowersTheSourcesCheck() {
        ArticleReport good = audit(GoodArticle.stored(GoodArticle.article()));
        ArticleReport bad = audit(GoodArticle.stored(GoodArticle.unlinked()));

        assertThat(check(good, "sources").found().en()).startsWith("2 distinct links");
        assertThat(check(bad, "sources").status()).isEqualTo(Status.FAIL);
        assertThat(bad.score()).isLessThan(good.score());
    }

    @Test
    void aMissingTranslationLowersTheLanguagesCheck() {
        ArticleReport good = audit(GoodArticle.stored(GoodArticle.article()));
        ArticleReport bad = audit(GoodArticle.stored(GoodArticle.untranslated()));

        assertThat(check(bad, "languages").status()).isEqualTo(Status.PARTIAL);
        assertThat(check(bad, "languages").found().en()).contains("1 missing a translation");
        assertThat(bad.score()).isLessThan(good.score());
    }

    @Test
    void jsonLdWithATypeTheVocabularyLacksOrAPropertyOnTheWrongTypeIsMarkedDown() {
        StoredArticle stored = GoodArticle.stored(GoodArticle.article());
        Subject subject = subject(stored);
        String page = new String(subject.rendered().html(), StandardCharsets.UTF_8);
        ArticleReport good = ArticleChecks.report(subject);
        ArticleReport unknownType = ArticleChecks.report(withPage(subject, page.replace("\"BreadcrumbList\"", "\"BreadcrumbTrail\"")));
        ArticleReport wrongDomain = ArticleChecks.report(withPage(subject,
                page.replace("\"@type\":\"ListItem\",", "\"@type\":\"ListItem\",\"acceptedAnswer\":\"x\",")));
        ArticleReport none = ArticleChecks.report(withPage(subject, page.replaceAll("(?s)<script type=\"application/ld\\+json\">.*?</script>", "")));

        assertThat(check(unknownType, "json-ld").found().en()).contains("type BreadcrumbTrail is not in the vocabulary");
        assertThat(check(wrongDomain, "json-ld").found().en()).contains("property acceptedAnswer is not allowed on ListItem");
        assertThat(check(none, "json-ld").status()).isEqualTo(Status.FAIL);
        assertThat(unknownType.score()).isLessThan(good.score());
        assertThat(wrongDomain.score()).isLessThan(good.score());
        assertThat(none.score()).isLessThan(unknownType.score());
    }

    @Test
    void aDraftIsAuditedAsIfPublishedNowWithoutABuild() {
        ArticleReport report = audit(GoodArticle.draft(GoodArticle.article()));

        assertThat(report.state()).isEqualTo("draft");
        assertThat(check(report, "json-ld").status()).isEqualTo(Status.PASS); // its dates are those a publish now would give
        assertThat(check(report, "freshness").found().en()).contains("0 days ago", "a draft");
        assertThat(check(report, "machine-readable").found().en()).contains("no built site");
    }

    @Test
    void aStalePageLosesFreshness() {
        StoredArticle old = new StoredArticle(1, "old", io.geopress.model.Status.PUBLISHED, 1, 1, 1,
                GoodArticle.PUBLISHED.minusYears(2), GoodArticle.PUBLISHED.minusYears(2).toInstant(), GoodArticle.article());
        assertThat(check(audit(old), "freshness").status()).isEqualTo(Status.FAIL);
    }

    @Test
    void questionsAreToldInBothLanguages() {
        assertThat(ContentChecks.isQuestion("工具图书馆是怎么运作的", Lang.ZH)).isTrue();
        assertThat(ContentChecks.isQuestion("是否需要押金", Lang.ZH)).isTrue();
        assertThat(ContentChecks.isQuestion("工具图书馆一周年", Lang.ZH)).isFalse();
        assertThat(ContentChecks.isQuestion("Why tool libraries work", Lang.EN)).isTrue();
        assertThat(ContentChecks.isQuestion("The tool library at one", Lang.EN)).isFalse();
    }

    @Test
    void theSiteBlocksAnAiCrawlerAndLosesRobotsPoints() {
        Map<String, Boolean> crawlers = new LinkedHashMap<>(SiteConfig.allCrawlersAllowed());
        crawlers.put("GPTBot", false);
        Audit.Report open = new Audit(site, config, new LabelSlugs(Map.of()), EnrichOptions.DEFAULT, clock())
                .run(List.of(GoodArticle.stored(GoodArticle.article())), Progress.NONE);
        Audit.Report closed = new Audit(site, config.withCrawlers(crawlers), new LabelSlugs(Map.of()), EnrichOptions.DEFAULT, clock())
                .run(List.of(GoodArticle.stored(GoodArticle.article())), Progress.NONE);

        Check robots = closed.siteChecks().stream().filter(c -> c.name().equals("robots")).findFirst().orElseThrow();
        assertThat(robots.status()).isEqualTo(Status.PARTIAL);
        assertThat(robots.found().en()).contains("7 of 8", "kept out: GPTBot");
        assertThat(closed.siteScore()).isLessThan(open.siteScore());
        assertThat(closed.siteChecks().stream().mapToInt(Check::weight).sum()).isEqualTo(100);
    }

    private ArticleReport audit(StoredArticle stored) {
        return new Audit(site, config, new LabelSlugs(Map.of()), EnrichOptions.DEFAULT, clock()).run(List.of(stored), Progress.NONE)
                .articles().get(0);
    }

    private Subject subject(StoredArticle stored) {
        ArticlePreview preview = new ArticlePreview(site, config, new LabelSlugs(Map.of()));
        return new Subject(stored, stored, preview.render(stored), site.toAbsolutePath(), Built.of(site), config, EnrichOptions.DEFAULT,
                GoodArticle.NOW);
    }

    /** The same article with {@code html} as its page instead of what it renders. */
    private static Subject withPage(Subject s, String html) {
        ArticlePreview.Rendered r = s.rendered();
        return new Subject(s.shown(), s.stored(), new ArticlePreview.Rendered(r.pagePath(), r.twinPath(), r.twinUrl(),
                html.getBytes(StandardCharsets.UTF_8), r.twin(), r.llmsEntry()), s.siteDir(), s.built(), s.config(), s.limits(), s.now());
    }

    private static Clock clock() {
        return Clock.fixed(GoodArticle.NOW, ZoneOffset.UTC);
    }

    private static Check check(ArticleReport report, String name) {
        return report.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
