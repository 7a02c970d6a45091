package io.geopress.measure.retrieve;

import io.geopress.config.ConfigFile;
import io.geopress.config.SiteConfig;
import io.geopress.ingest.ImportException;
import io.geopress.ingest.Imported;
import io.geopress.ingest.Ingest;
import io.geopress.model.Progress;
import io.geopress.model.StoredArticle;
import io.geopress.store.ArticleStore;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Other sites' articles, imported through the import path into a store of their own, never the site's: importing
 * the same corpus again changes nothing (the import's identity rules), and a rewritten competitor article is a new
 * revision there.
 */
final class Competitors {
    /** What the competitor import gave: each article at its latest revision, in slug order, and the import's warnings. */
    record Corpus(List<Document> documents, List<String> warnings) {}

    private Competitors() {}

    /**
     * Imports {@code path} (a folder or a file, as {@code geopress import} reads them) into {@code store} and returns
     * its articles; each must give its {@code source_url}, whose host (less {@code www.}) names the competitor.
     */
    static Corpus load(Path site, SiteConfig config, Path path, ArticleStore store, Progress progress) {
        Ingest ingest = new Ingest(config.timeZone(), ConfigFile.readImport(site));
        List<String> warnings = new ArrayList<>();
        List<ArticleStore.Saved> saved = store.save(sink -> warnings.addAll(ingest.read(Ingest.expand(List.of(path)), null, progress,
                imported -> {
                    String url = imported.article().source().url();
                    if (url == null) {
                        throw new ImportException(imported.origin(), "a competitor's article needs a source_url, "
                                + "the address whose domain names the competitor");
                    }
                    warnings.addAll(imported.warnings());
                    sink.accept(draft(imported));
                })));
        warnings.addAll(ingest.importWarnings());
        Set<String> slugs = new HashSet<>();
        for (ArticleStore.Saved s : saved) slugs.add(s.slug());
        List<Document> documents = store.list().stream().filter(a -> slugs.contains(a.slug()))
                .sorted(Comparator.comparing(StoredArticle::slug))
                .map(a -> new Document(a.article().source().url(), domain(a.article().source().url()), null, false, a.article()))
                .toList();
        return new Corpus(documents, warnings);
    }

    private static ArticleStore.Draft draft(Imported imported) {
        return new ArticleStore.Draft(imported.article(), "import " + imported.origin(), imported.aliases(),
                imported.aliasesAt(), imported.key(), imported.publication());
    }

    /** The host of {@code url}, lower-cased, without a leading {@code www.}. */
    static String domain(String url) {
        String host = URI.create(url).getHost();
        String lower = host == null ? url : host.toLowerCase(Locale.ROOT);
        return lower.startsWith("www.") ? lower.substring(4) : lower;
    }
}
