package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.config.SiteConfig;
import io.geopress.ingest.Imported;
import io.geopress.ingest.Ingest;
import io.geopress.model.Progress;
import io.geopress.store.ArticleStore;
import io.geopress.testing.NuChecker;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
        Ingest ingest = new Ingest(config.timeZone());
        List<ArticleStore.Draft> drafts = new ArrayList<>();
        for (Path source : sources()) {
            for (Imported imported : ingest.read(source, null, Progress.NONE)) {
                drafts.add(new ArticleStore.Draft(imported.article(), "import " + source.getFileName()));
            }
        }
        ArticleStore store = ArticleStore.openSqlite(site.resolve("geopress.db"), config.timeZone(), Clock.systemUTC());
        store.save(drafts);
        store.publishAll();
        new SiteBuilder(config).build(Catalog.of(store.published()), site, Progress.NONE);

        List<Path> pages;
        try (Stream<Path> files = Files.walk(site.resolve("public").toRealPath())) {
            pages = files.filter(f -> f.toString().endsWith(".html")).toList();
        }
        assertThat(pages).as("article pages and at least two list pages").hasSizeGreaterThanOrEqualTo(drafts.size() + 2);
        assertThat(checker.errors(pages)).isEmpty();
    }

    /** The bundled samples, the test fixtures of every format, and the seed page when it is there. */
    private static List<Path> sources() throws Exception {
        List<Path> sources = new ArrayList<>();
        for (String sample : List.of("01-city-trams.txt", "02-tea-soil-sensors.txt", "03-library-ai-helpers.txt", "04-night-markets.md")) {
            sources.add(Path.of(BuiltPagesAreValidHtmlTest.class.getResource("/samples/" + sample).toURI()));
        }
        sources.add(Path.of(BuiltPagesAreValidHtmlTest.class.getResource("/fixture/text/dense-mixed.txt").toURI()));
        sources.add(Path.of(BuiltPagesAreValidHtmlTest.class.getResource("/fixture/html/tram-article.html").toURI()));
        Path seed = Path.of("..", "shared", "seeds", io.geopress.testing.Seed.FILE);
        if (Files.isRegularFile(seed)) sources.add(seed);
        else System.out.println("NOTE: the seed page is absent; checking the other pages only");
        return sources;
    }
}
