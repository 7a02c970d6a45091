package io.geopress.measure.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.config.SiteConfig;
import io.geopress.enrich.EnrichOptions;
import io.geopress.measure.audit.Audit.ArticleReport;
import io.geopress.measure.audit.Audit.Check;
import io.geopress.measure.audit.Audit.Status;
import io.geopress.model.LabelSlugs;
import io.geopress.model.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit renders with the site's own theme, as a build does: a theme page without JSON-LD fails that check. */
class AuditThemeTest {
    @TempDir Path site;

    @Test
    void aThemeArticlePageWithoutJsonLdFailsTheJsonLdCheck() throws Exception {
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/article.jte"), """
                @import io.geopress.site.page.ArticlePage
                @param ArticlePage page
                <!DOCTYPE html>
                <html lang="zh-CN"><head><title>${page.head().title()}</title></head>
                <body><h1>本站主题 ${page.title().any()}</h1></body></html>
                """);
        SiteConfig config = SiteConfig.defaults("松林街新闻", GoodArticle.base());

        ArticleReport report = new Audit(site, config, new LabelSlugs(Map.of()), EnrichOptions.DEFAULT,
                Clock.fixed(GoodArticle.NOW, ZoneOffset.UTC)).run(List.of(GoodArticle.stored(GoodArticle.article())), Progress.NONE)
                .articles().get(0);

        Check jsonLd = report.checks().stream().filter(c -> c.name().equals("json-ld")).findFirst().orElseThrow();
        assertThat(jsonLd.status()).isEqualTo(Status.FAIL);
        assertThat(jsonLd.found().en()).isEqualTo("the page has no JSON-LD");
        assertThat(report.score()).isEqualTo(100 - OutputChecks.JSON_LD);
    }
}
