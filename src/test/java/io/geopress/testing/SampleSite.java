package io.geopress.testing;

import io.geopress.config.SiteConfig;
import io.geopress.ingest.Imported;
import io.geopress.ingest.Ingest;
import io.geopress.model.Article;
import io.geopress.model.Progress;
import io.geopress.site.Catalog;
import io.geopress.site.SiteBuilder;
import io.geopress.store.ArticleStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The bundled sample articles, imported, published and built into a site folder, as the demo does. */
public final class SampleSite {
    public static final List<String> SAMPLES = List.of("01-city-trams.txt", "02-tea-soil-sensors.txt",
            "03-library-ai-helpers.txt", "04-night-markets.md");

    private SampleSite() {}

    /** Builds the samples (and any extra source files) into {@code site}; returns the store. */
    public static ArticleStore build(Path site, SiteConfig config, Path... extra) throws Exception {
        return build(site, config, List.of(), extra);
    }

    /** Builds the samples, the articles given as values and any extra source files into {@code site}; returns the store. */
    public static ArticleStore build(Path site, SiteConfig config, List<Article> articles, Path... extra) throws Exception {
        ArticleStore store = ArticleStore.openSqlite(site.resolve("geopress.db"), config.timeZone(), Clock.systemUTC());
        List<Path> sources = new ArrayList<>();
        for (String sample : SAMPLES) sources.add(Path.of(SampleSite.class.getResource("/samples/" + sample).toURI()));
        sources.addAll(List.of(extra));
        List<ArticleStore.Draft> drafts = new ArrayList<>();
        Ingest ingest = new Ingest(config.timeZone());
        for (Path source : sources) {
            for (Imported i : ingest.read(source, null, Progress.NONE)) drafts.add(new ArticleStore.Draft(i.article(), "import " + source.getFileName()));
        }
        for (Article article : articles) drafts.add(new ArticleStore.Draft(article, "fixture " + article.slug()));
        store.save(drafts);
        store.publishAll();
        new SiteBuilder(config).build(Catalog.of(store.published()), site, Progress.NONE);
        return store;
    }
}
