package io.geopress.site;

import io.geopress.config.SiteConfig;
import io.geopress.model.GeopressException;
import io.geopress.model.Listing;
import io.geopress.model.Progress;
import io.geopress.model.StoredArticle;
import io.geopress.search.SearchIndex;
import io.geopress.site.page.ArticlePage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a build makes of each article: its page and Markdown twin, its part of llms-full.txt and of search.json,
 * and its entry in the search index. An article whose published revision and dates are those the previous build
 * saw is taken from that build; only the others are read from the store and rendered.
 */
final class ArticleOutputs {
    static final String LLMS_FULL = "llms-full.txt";
    static final String SEARCH_JSON = "search.json";
    /** What comes before each article's Markdown in llms-full.txt. */
    private static final byte[] BEFORE_TWIN = "\n---\n\n".getBytes(StandardCharsets.UTF_8);

    /** What an article rendered adds to llms-full.txt and search.json, which take articles in order. */
    private record Made(byte[] twin, String summaryJson) {}

    private final BuildFolder folder;
    private final SiteConfig config;
    private final Pages pages;
    private final Links links;
    private final References references;

    /** @param references what the articles' links to others by file resolve to, which their keys include */
    ArticleOutputs(BuildFolder folder, SiteConfig config, Pages pages, References references) {
        this.references = references;
        this.folder = folder;
        this.config = config;
        this.pages = pages;
        this.links = new Links(config);
    }

    /**
     * Links every article's files from the previous build, before the store says which articles changed: {@link
     * #write} writes over those that did, and {@link #unlinkGone} removes those no longer published.
     */
    static void linkAhead(BuildFolder folder) throws IOException {
        for (String slug : folder.previousArticles()) folder.linkAhead(slug, files(slug));
    }

    /**
     * Removes the files {@link #linkAhead} linked of articles no longer published (or renamed), before anything
     * else is written: a redirect page may take an old article's place. Returns their slugs.
     */
    static Set<String> unlinkGone(BuildFolder folder, List<Listing> listings) throws IOException {
        Set<String> gone = new HashSet<>(folder.previousArticles());
        listings.forEach(l -> gone.remove(l.slug()));
        for (String slug : gone) folder.unlinkAhead(slug, files(slug));
        return gone;
    }

    /**
     * Makes every article's files, with {@code gone} the previous build's articles this build does not have;
     * returns how many articles were rendered (the others were taken as they were).
     */
    int write(Catalog catalog, List<Listing> listings, ArticleKeys keys, Set<String> gone, Progress progress, AtomicInteger done)
            throws IOException {
        List<String> slugs = listings.stream().map(Listing::slug).toList();
        // the search index opens, and at the end commits, on a thread of its own, beside the other work
        ExecutorService indexing = SiteBuilder.thread("geopress-index");
        Future<SearchIndex.Writer> opening = indexing.submit(() -> searchIndex(gone));
        Future<?> closing = null;
        try (Concatenation full = new Concatenation(folder, LLMS_FULL, LlmsTxt.fullHeader(config), "", "");
                Concatenation json = new Concatenation(folder, SEARCH_JSON, "[", ",", "]")) {
            // a plain loop: on a rebuild, most articles' files were linked ahead and this only looks them up
            List<String> changed = new ArrayList<>();
            for (int i = 0; i < listings.size(); i++) {
                String slug = listings.get(i).slug();
                boolean same = keys.unchanged(i) && full.hasPrevious(slug) && json.hasPrevious(slug)
                        && folder.reuseArticle(slug, keys.key(i), ArticleOutputs::files);
                if (!same) changed.add(slug);
            }
            progress.advance(done.addAndGet(listings.size() - changed.size()));
            SearchIndex.Writer index = SiteBuilder.result(opening);
            catalog.forEachBatch(changed, batch -> {
                List<Made> made = batch.parallelStream().map(article -> {
                    byte[] twin = render(article);
                    SearchEntries search = SearchEntries.of(article, links.articlePath(article.slug()));
                    index.add(search.entry());
                    progress.advance(done.incrementAndGet());
                    return new Made(twin, search.summaryJson());
                }).toList();
                for (int i = 0; i < batch.size(); i++) {
                    String slug = batch.get(i).slug();
                    full.add(slug, BEFORE_TWIN, made.get(i).twin());
                    json.add(slug, made.get(i).summaryJson());
                }
            });
            closing = indexing.submit(() -> {
                index.close();
                return null;
            });
            full.finish(slugs);
            json.finish(slugs);
            SiteBuilder.result(closing);
            return changed.size();
        } finally {
            if (closing == null) closeQuietly(opening);
            indexing.shutdown();
        }
    }

    /** Closes the index of a build that failed, if it opened; the build's folder is about to be deleted. */
    private static void closeQuietly(Future<SearchIndex.Writer> opening) {
        try {
            SiteBuilder.result(opening).close();
        } catch (IOException | RuntimeException e) {
            // the failure that ended the build is the one to report
        }
    }

    /**
     * The index of the previous build, linked and brought up to date, or a new one. Changed articles are
     * re-added as they are rendered; articles no longer published (or renamed) are removed here.
     */
    private SearchIndex.Writer searchIndex(Set<String> gone) throws IOException {
        Path dir = folder.resolve(SiteBuilder.SEARCH_INDEX);
        if (!folder.incremental()) return SearchIndex.writer(Files.createDirectories(dir));
        folder.linkFolder(SiteBuilder.SEARCH_INDEX, "write.lock");
        SearchIndex.Writer index = SearchIndex.updater(dir);
        gone.forEach(index::remove);
        return index;
    }

    /** The files of an article, its page and Markdown twin; they share its key. */
    private static List<String> files(String slug) {
        String page = Links.articleFile(slug);
        return List.of(page, page + MarkdownTwin.SUFFIX);
    }

    /** What an article's files, and its entries in lists, are made from; its revision and dates stand for its content. */
    static String key(Listing l) {
        return key(l.revision(), l.publishedAt(), l.modifiedAt());
    }

    /** What an article's files are made from: its published revision and the dates its page shows. */
    private static String key(int revision, OffsetDateTime publishedAt, OffsetDateTime modifiedAt) {
        return revision + "@" + publishedAt + "@" + modifiedAt;
    }

    /**
     * Writes an article's page and Markdown twin, and returns the twin. A failure names the article: an import
     * checks what a page needs, so one here is a store from before a check, or a bug.
     */
    private byte[] render(StoredArticle article) {
        try {
            return renderChecked(article);
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            String why = e instanceof GeopressException ? e.getMessage() : e + (root == e ? "" : " (" + root + ")");
            throw new GeopressException("article '" + article.slug() + "' (revision " + article.revision()
                    + "): its page cannot be made: " + why, e);
        }
    }

    private byte[] renderChecked(StoredArticle article) {
        List<String> files = files(article.slug());
        String key = references.key(article.slug(), key(article.revision(), article.publishedAt(), article.modifiedAt()));
        ArticlePage page = pages.article(article);
        folder.render(files.get(0), "article.jte", page, null);
        byte[] twin = MarkdownTwin.of(page, links.uri(page.head().canonical())).getBytes(StandardCharsets.UTF_8);
        folder.write(files.get(1), null, twin);
        folder.recordArticle(article.slug(), key);
        return twin;
    }
}
