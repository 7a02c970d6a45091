package io.geopress.site;

import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.Utf8ByteOutput;
import io.geopress.config.SiteConfig;
import io.geopress.model.Bilingual;
import io.geopress.model.GeopressException;
import io.geopress.model.Listing;
import io.geopress.model.Redirect;
import io.geopress.search.SearchIndex;
import io.geopress.model.Progress;
import io.geopress.site.page.ArticlePage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the static site of the published articles into a new folder and switches {@code public} to it: one page
 * per article (with its Markdown twin), the paginated article list, and the style sheet.
 */
public final class SiteBuilder {
    /** What a build wrote. */
    /**
     * What a build made.
     *
     * @param rendered article pages rendered (the others were unchanged and taken from the previous build)
     * @param written files written
     * @param linked files taken from the previous build by hard link
     */
    public record Result(Path folder, int articles, int listPages, int rendered, int written, int linked) {}

    private static final String LOCK = ".build.lock";
    /** The Lucene index, inside the build so that it switches with it; a dot folder, never served. */
    public static final String SEARCH_INDEX = ".search";
    /** The redirects map, in the format Netlify and Cloudflare Pages read, and {@code geopress serve} too. */
    public static final String REDIRECTS = "_redirects";

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
        TemplateEngine templates = Templates.engine(site, Templates.BUILD_CLASSES);
        byte[] css = styleSheet();
        String fingerprint = Fingerprint.of(config, css, site.resolve(Templates.THEME));
        Path previousFolder = full ? null : Output.current(site);
        BuildManifest previous = previousFolder == null ? null
                : BuildManifest.read(previousFolder).filter(m -> m.fingerprint().equals(fingerprint)).orElse(null);
        Path out = Output.newBuildFolder(site);
        try {
            BuildFolder folder = new BuildFolder(out, templates, previousFolder, previous);
            String cssName = "site." + BuildFolder.key(new String(css, StandardCharsets.UTF_8)).substring(0, 10) + ".css";
            folder.writeUnlessSame("assets/" + cssName, cssName, new String(css, StandardCharsets.UTF_8));
            Pages pages = new Pages(config, config.basePath() + "assets/" + cssName);
            Links links = new Links(config);
            List<Listing> listings = catalog.listings();
            int listPages = Math.max(1, (listings.size() + config.pageSize() - 1) / config.pageSize());
            progress.start("build", listings.size() + listPages);
            AtomicInteger done = new AtomicInteger();
            int rendered = new ArticleOutputs(folder, config, pages).write(catalog, listings, progress, done);
            writeList(folder, pages, links, "", new Bilingual("文章列表", "Articles"), config.title().any(), listings);
            progress.advance(done.addAndGet(listPages));
            List<Tags.Tag> tags = Tags.of(listings);
            for (Tags.Tag tag : tags) {
                writeList(folder, pages, links, Links.tagFolder(tag.slug()), new Bilingual("标签：" + tag.name(), "Tag: " + tag.name()),
                        config.title().any() + " · " + tag.name(), tag.listings());
            }
            folder.render("tags/index.html", "tags.jte", pages.tagIndex(tags));
            List<Tags.Tag> categories = Tags.categories(listings);
            for (Tags.Tag category : categories) {
                writeList(folder, pages, links, Links.categoryFolder(category.slug()),
                        new Bilingual("分类：" + category.name(), "Category: " + category.name()),
                        config.title().any() + " · " + category.name(), category.listings());
            }
            folder.render("categories/index.html", "tags.jte", pages.categoryIndex(categories));
            for (Tags.Tag source : Tags.sources(listings)) {
                writeList(folder, pages, links, Links.sourceFolder(source.slug()),
                        new Bilingual("来源：" + source.name(), "Source: " + source.name()),
                        config.title().any() + " · " + source.name(), source.listings());
            }
            folder.render("404.html", "notfound.jte", pages.site());
            folder.render("about/index.html", "about.jte", pages.about());
            String searchKey = BuildFolder.key("search", pages.site());
            if (!folder.reuse("search/index.html", searchKey)) {
                folder.write("search/index.html", searchKey, SearchResultsPage.html(templates, pages.site(), null));
            }
            writeRedirects(folder, links, catalog.redirects(), listings);
            String home = links.absolute(links.home());
            String all = BuildFolder.key(ArticleOutputs.keys(listings));
            Sitemap.of(home, listings, links, Sitemap.MAX_URLS).forEach((name, xml) -> folder.write(name, all, xml));
            folder.writeUnlessSame("robots.txt", "robots", Robots.of(config, links.absolute(links.home() + "sitemap.xml")));
            folder.write("llms.txt", all, LlmsTxt.of(config, listings, links));
            progress.finish();
            folder.writeManifest(fingerprint);
            Output.switchTo(site, out, cleanUpInBackground);
            return new Result(out, listings.size(), listPages, rendered, folder.written(), folder.linked());
        } catch (IOException | RuntimeException e) {
            Output.deleteTree(out);
            if (e instanceof GeopressException g) throw g;
            if (e instanceof TemplateException t) {
                throw new GeopressException(site + ": build failed, the site was not changed: " + Templates.oneLine(t), e);
            }
            throw new GeopressException(site + ": build failed, the site was not changed: " + e, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by another build in this JVM
        }
    }

    /** The pages of one list, newest first, with its RSS and Atom feeds. */
    private void writeList(BuildFolder folder, Pages pages, Links links, String path, Bilingual heading, String feedTitle,
            List<Listing> listings) {
        int count = Math.max(1, (listings.size() + config.pageSize() - 1) / config.pageSize());
        for (int n = 1; n <= count; n++) {
            int from = (n - 1) * config.pageSize();
            List<Listing> entries = listings.subList(Math.min(from, listings.size()), Math.min(from + config.pageSize(), listings.size()));
            String file = Links.listFile(path, n);
            String key = BuildFolder.key(path, heading, n, count, ArticleOutputs.keys(entries));
            if (!folder.reuse(file, key)) folder.render(file, "list.jte", pages.list(path, heading, entries, n, count), key);
        }
        List<Listing> newest = listings.subList(0, Math.min(Feeds.ITEMS, listings.size()));
        String key = BuildFolder.key(feedTitle, path, ArticleOutputs.keys(newest));
        if (folder.reuse(path + Feeds.RSS, key) && folder.reuse(path + Feeds.ATOM, key)) return;
        String[] feeds = Feeds.of(feedTitle, path, newest, links);
        folder.write(path + Feeds.RSS, key, feeds[0]);
        folder.write(path + Feeds.ATOM, key, feeds[1]);
    }

    /**
     * Old addresses of published articles: an HTML page that redirects (for static hosts) at each, and
     * {@code _redirects}, a map of them that servers load ("FROM TO 301" lines). A path that is now a live page
     * is left to that page.
     */
    private void writeRedirects(BuildFolder folder, Links links, List<Redirect> redirects, List<Listing> listings) {
        Set<String> published = new HashSet<>();
        listings.forEach(l -> published.add(l.slug()));
        StringBuilder map = new StringBuilder("# old address, new address, status (geopress rename, Hugo aliases)\n");
        for (Redirect r : redirects) {
            if (!published.contains(r.slug())) continue;
            String file = r.path().endsWith("/") ? r.path() + "index.html" : r.path();
            if (Files.exists(folder.resolve(file)) || r.path().startsWith("assets/")) continue;
            String target = links.articlePath(r.slug());
            folder.render(file, "redirect.jte", links.absolute(target));
            map.append(links.path(r.path())).append(' ').append(target).append(" 301\n");
        }
        folder.write(REDIRECTS, "", map.toString());
    }

    private static byte[] styleSheet() throws IOException {
        try (InputStream in = SiteBuilder.class.getResourceAsStream("/site/site.css")) {
            if (in == null) throw new IOException("site.css missing from the jar");
            return in.readAllBytes();
        }
    }
}
