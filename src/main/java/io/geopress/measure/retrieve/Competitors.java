package io.geopress.measure.retrieve;

import io.geopress.config.ConfigFile;
import io.geopress.config.SiteConfig;
import io.geopress.ingest.ImportException;
import io.geopress.ingest.Imported;
import io.geopress.ingest.Ingest;
import io.geopress.ingest.SourcePath;
import io.geopress.model.GeopressException;
import io.geopress.model.Progress;
import io.geopress.model.StoredArticle;
import io.geopress.store.ArticleStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
     * its articles; each must give its {@code source_url}, whose host (less {@code www.}) names the competitor. A corpus
     * whose files are byte for byte those imported last time is not read again (its articles are in the store):
     * {@code imported} keeps their fingerprint and the slugs they gave.
     */
    static Corpus load(Path site, SiteConfig config, Path path, ArticleStore store, Path imported, Progress progress) {
        List<SourcePath> files = Ingest.expand(List.of(path));
        String fingerprint = fingerprint(files);
        Set<String> slugs = new HashSet<>(previous(imported, fingerprint));
        List<StoredArticle> articles = store.list().stream().filter(a -> slugs.contains(a.slug())).toList();
        List<String> warnings = new ArrayList<>();
        if (slugs.isEmpty() || articles.size() != slugs.size()) { // never imported, or the store was deleted since
            slugs.clear();
            for (ArticleStore.Saved s : save(site, config, files, store, warnings, progress)) slugs.add(s.slug());
            remember(imported, fingerprint, slugs);
            articles = store.list().stream().filter(a -> slugs.contains(a.slug())).toList();
        }
        List<Document> documents = articles.stream().sorted(Comparator.comparing(StoredArticle::slug))
                .map(a -> new Document(a.article().source().url(), domain(a.article().source().url()), null, false, a.article()))
                .toList();
        return new Corpus(documents, warnings);
    }

    private static List<ArticleStore.Saved> save(Path site, SiteConfig config, List<SourcePath> files, ArticleStore store,
            List<String> warnings, Progress progress) {
        Ingest ingest = new Ingest(config.timeZone(), ConfigFile.readImport(site));
        List<ArticleStore.Saved> saved = store.save(sink -> warnings.addAll(ingest.read(files, null, progress, imported -> {
            if (imported.article().source().url() == null) {
                throw new ImportException(imported.origin(), "a competitor's article needs a source_url, "
                        + "the address whose domain names the competitor");
            }
            warnings.addAll(imported.warnings());
            sink.accept(draft(imported));
        })));
        warnings.addAll(ingest.importWarnings());
        return saved;
    }

    /** The SHA-256 of the files' paths and bytes, in order. */
    private static String fingerprint(List<SourcePath> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (SourcePath f : files) {
                sha.update((f.relative() + "\n").getBytes(StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(f.file())) {
                    for (int n; (n = in.read(buffer)) > 0; ) sha.update(buffer, 0, n);
                } catch (IOException e) {
                    throw new ImportException(f.file().toString(), "cannot read: " + e.getMessage(), e);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }

    /** The slugs the corpus of {@code fingerprint} gave when it was imported last, or none. */
    private static List<String> previous(Path imported, String fingerprint) {
        try {
            if (!Files.exists(imported)) return List.of();
            List<String> lines = Files.readAllLines(imported, StandardCharsets.UTF_8);
            return !lines.isEmpty() && lines.get(0).equals(fingerprint) ? lines.subList(1, lines.size()) : List.of();
        } catch (IOException e) {
            return List.of(); // unreadable: the corpus is imported again, which is what it would tell
        }
    }

    private static void remember(Path imported, String fingerprint, Set<String> slugs) {
        List<String> lines = new ArrayList<>(List.of(fingerprint));
        lines.addAll(slugs.stream().sorted().toList());
        try {
            Path fresh = Files.createTempFile(imported.getParent(), imported.getFileName().toString(), ".tmp");
            Files.write(fresh, lines, StandardCharsets.UTF_8);
            Files.move(fresh, imported, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new GeopressException(imported + ": cannot write what was imported: " + e.getMessage(), e);
        }
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
