package io.geopress.site;

import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import io.geopress.config.SiteConfig;
import io.geopress.media.MediaStore;
import io.geopress.model.GeopressException;
import io.geopress.model.LabelSlugs;
import io.geopress.model.LabelText;
import io.geopress.model.Listing;
import io.geopress.model.Progress;
import io.geopress.search.SearchIndex;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the static site of the published articles into a new folder and switches {@code public} to it: the
 * articles' pages and what goes with each (ArticleOutputs), and the lists, feeds and site files (ListOutputs).
 * What did not change since the previous build is hard-linked from it (BuildFolder).
 */
public final class SiteBuilder {
    /**
     * What a build made.
     *
     * @param rendered article pages rendered (the others were unchanged and taken from the previous build)
     * @param written files written
     * @param linked files taken from the previous build by hard link
     * @param warnings what the build left out and why (an old address no page may take), each naming its article
     */
    public record Result(Path folder, int articles, int listPages, int rendered, int written, int linked,
            List<String> warnings) {}

    private static final String LOCK = ".build.lock";
    /** The Lucene index, inside the build so that it switches with it; a dot folder, never served. */
    public static final String SEARCH_INDEX = ".search";
    /** The redirects map, in the format Netlify and Cloudflare Pages read, and {@code geopress serve} too. */
    public static final String REDIRECTS = "_redirects";
    /** Withdrawn articles' addresses, which {@code geopress serve} answers with 410 Gone. */
    public static final String GONE = "_gone";

    private final SiteConfig config;
    private final boolean cleanUpInBackground;

    public SiteBuilder(SiteConfig config) {
        this(config, false);
    }

    private SiteBuilder(SiteConfig config, boolean cleanUpInBackground) {
        this.config = config;
        this.cleanUpInBackground = cleanUpInBackground;
    }

    /**
     * A builder that leaves the deletion of old builds to a separate process, which may still be running when
     * {@code build} returns: for the command line, where the site is live as soon as {@code public} is switched.
     */
    public SiteBuilder cleaningUpInBackground() {
        return new SiteBuilder(config, true);
    }

    /** The relative path of an article's HTML file under {@code public/}. */
    public static String pagePath(String slug) {
        return Links.articleFile(slug);
    }

    /** Builds the site, taking from the previous build every file whose inputs did not change. */
    public Result build(Catalog catalog, Path siteDir, Progress progress) {
        return build(catalog, siteDir, false, progress);
    }

    /** Builds the site; with {@code full}, renders everything and ignores what was built before. */
    public Result build(Catalog catalog, Path siteDir, boolean full, Progress progress) {
        Path site = siteDir.toAbsolutePath().normalize();
        // one build at a time: a finishing build prunes folders, and must not prune one still being written
        try (FileChannel lockFile = FileChannel.open(site.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = tryLock(lockFile)) {
            if (lock == null) throw new GeopressException(site + ": another build of this site is running; try again when it ends");
            return buildLocked(catalog, site, full, progress);
        } catch (IOException e) {
            throw new GeopressException(site + ": build failed, the site was not changed: " + e.getMessage(), e);
        }
    }

    private Result buildLocked(Catalog catalog, Path site, boolean full, Progress progress) throws IOException {
        // the Chinese dictionaries of search (HanLP words) and of slugs (HanLP pinyin) take a while to load, and the
        // code that indexes and reads articles a while to start: meanwhile the build reads the store and links
        // unchanged files
        Thread warmUp = new Thread(() -> {
            SearchIndex.warmUp();
            catalog.warmUp();
        }, "geopress-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        ExecutorService worker = thread("geopress-build");
        try {
            // the store is read while the templates load and the previous build's manifest is read
            Future<List<Listing>> reading = worker.submit(catalog::listings);
            return make(catalog, site, full, progress, worker, reading);
        } finally {
            worker.shutdown();
        }
    }

    private Result make(Catalog catalog, Path site, boolean full, Progress progress, ExecutorService worker,
            Future<List<Listing>> reading) throws IOException {
        TemplateEngine templates;
        try {
            templates = Templates.engine(site, Templates.BUILD_CLASSES);
        } catch (TemplateException e) {
            throw new GeopressException(site + ": build failed, the site was not changed: " + Templates.oneLine(e), e);
        }
        Assets assets = Assets.bundled();
        String fingerprint = Fingerprint.of(config, assets.texts(), site.resolve(Templates.THEME));
        Path previousFolder = full ? null : Output.current(site);
        BuildManifest previous = previousFolder == null ? null
                : BuildManifest.read(previousFolder).filter(m -> m.fingerprint().equals(fingerprint)).orElse(null);
        Path out = Output.newBuildFolder(site);
        try {
            BuildFolder folder = new BuildFolder(out, templates, previousFolder, previous);
            assets.writeInto(folder);
            MediaStore media = MediaStore.at(site);
            folder.linkMedia(media, previousFolder);
            // the store's thread works out which articles changed as soon as it has read them, then reads the rest
            Future<References> referencing = worker.submit(() -> References.of(catalog, result(reading), new Links(config), folder::warn));
            Future<ArticleKeys> keying = worker.submit(() -> ArticleKeys.of(folder, result(reading), result(referencing)));
            Future<LabelSlugs> labelling = worker.submit(() -> catalog.labelSlugs(result(reading)));
            Future<List<String>> withdrawing = worker.submit(catalog::withdrawn);
            Future<List<LabelText>> describing = worker.submit(catalog::labelTexts);
            ArticleOutputs.linkAhead(folder); // while the store is read
            List<Listing> listings = result(reading);
            ArticleKeys keys = result(keying);
            References references = result(referencing);
            Catalog resolved = references.resolving(catalog);
            LabelSlugs labels = result(labelling);
            Pages pages = new Pages(config, assets, labels, Pages.variants(media));
            Set<String> gone = ArticleOutputs.unlinkGone(folder, listings);
            ListOutputs lists = new ListOutputs(folder, config, pages, labels, result(describing));
            int listPages = lists.homePages(listings);
            progress.start("build", listings.size() + listPages);
            AtomicInteger done = new AtomicInteger();
            // articles (mostly file system work on a rebuild) and lists (mostly rendering) go on side by side
            Future<Integer> articles = worker.submit(() -> new ArticleOutputs(folder, config, pages, references).write(resolved, listings, keys, gone, progress, done));
            int rendered;
            try {
                lists.write(listings, keys, catalog.redirects(), result(withdrawing), templates, resolved);
                progress.advance(done.addAndGet(listPages));
                rendered = result(articles);
            } catch (IOException | RuntimeException e) {
                folder.abandon(); // the articles' side stops at its next file; its folder is about to be deleted
                try {
                    result(articles);
                } catch (IOException | RuntimeException ignored) {
                    // the first failure is the one to report
                }
                throw e;
            }
            progress.finish();
            folder.writeManifest(fingerprint);
            Output.switchTo(site, out, cleanUpInBackground);
            return new Result(out, listings.size(), listPages, rendered, folder.written(), folder.linked(), folder.warnings());
        } catch (IOException | RuntimeException e) {
            Output.deleteQuietly(out, e);
            if (e instanceof GeopressException g) {
                throw new GeopressException(site + ": build failed, the site was not changed: " + g.getMessage(), g);
            }
            if (e instanceof TemplateException t) {
                throw new GeopressException(site + ": build failed, the site was not changed: " + Templates.oneLine(t), e);
            }
            throw new GeopressException(site + ": build failed, the site was not changed: " + e, e);
        }
    }

    /** An executor of one daemon thread named {@code name}: a build's helpers never keep the JVM running. */
    static ExecutorService thread(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** What {@code task} returned, or what it threw. */
    static <T> T result(Future<T> task) throws IOException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by another build in this JVM
        }
    }
}
