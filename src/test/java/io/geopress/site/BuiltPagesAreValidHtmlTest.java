package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.config.SiteConfig;
import io.geopress.testing.NuChecker;
import io.geopress.testing.RichArticle;
import io.geopress.testing.SampleSite;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page geopress builds passes the W3C Nu Html Checker (run in its own JVM) without an error. */
class BuiltPagesAreValidHtmlTest {
    @TempDir Path site;

    @Test
    void everyBuiltPageHasNoNuCheckerErrors() throws Exception {
        NuChecker checker = NuChecker.orAbort();
        SiteConfig defaults = SiteConfig.defaults("GEO 测试站", URI.create("https://geo.example.com/news/"));
        SiteConfig config = defaults.withPageSize(2);
        SampleSite.build(site, config, List.of(RichArticle.article()), extraSources().toArray(Path[]::new));

        List<Path> pages;
        try (Stream<Path> files = Files.walk(site.resolve("public").toRealPath())) {
            pages = files.filter(f -> f.toString().endsWith(".html")).toList();
        }
        assertThat(pages).as("article pages and at least two list pages").hasSizeGreaterThanOrEqualTo(SampleSite.SAMPLES.size() + 5);
        assertThat(pages).anyMatch(p -> p.endsWith(RichArticle.SLUG + ".html"));
        assertThat(checker.errors(pages)).isEmpty();
    }

    /**
     * Besides the bundled samples and an article with every kind of rich content: the test fixtures of every
     * format, and the seed page when it is there.
     */
    private static List<Path> extraSources() throws Exception {
        List<Path> sources = new ArrayList<>();
        sources.add(Path.of(BuiltPagesAreValidHtmlTest.class.getResource("/fixture/text/dense-mixed.txt").toURI()));
        sources.add(Path.of(BuiltPagesAreValidHtmlTest.class.getResource("/fixture/html/tram-article.html").toURI()));
        Path seed = Path.of("..", "shared", "seeds", io.geopress.testing.Seed.FILE);
        if (Files.isRegularFile(seed)) sources.add(seed);
        else System.out.println("NOTE: the seed page is absent; checking the other pages only");
        return sources;
    }
}
