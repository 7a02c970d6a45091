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
    public record Result(Path folder, int articles, int listPages) {}

    private static final String LOCK = ".build.lock";
    /** The Lucene index, inside the build so that it switches with it; a dot folder, never served. */
    public static final String SEARCH_INDEX = ".search";
    /** The redirects map, in the format Netlify and Cloudflare Pages read, and {@code geopress serve} too. */
    public static final String REDIRECTS = "_redirects";

    private TemplateEngine templates;
    private final SiteConfig config;

    public SiteBuilder(SiteConfig config) {
        this.config = config;
    }

    /** The relative path of an article's HTML file under {@code public/}. */
    public static String pagePath(String slug) {
        return Links.articleFile(slug);
    }

    public Result build(Catalog catalog, Path siteDir, Progress progress) {
        Path site = siteDir.toAbsolutePath().normalize();
        // one build at a time: a finishing build prunes folders, and must not prune one still being written
        try (FileChannel lockFile = FileChannel.open(site.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = tryLock(lockFile)) {
            if (lock == null) throw new GeopressException(site + ": another build of this site is running; try again when it ends");
            return buildLocked(catalog, site, progress);
        } catch (IOException e) {
            throw new GeopressException(site + ": build failed, the site was not changed: " + e.getMessage(), e);
        }
    }

    private Result buildLocked(Catalog catalog, Path site, Progress progress) throws IOException {
        templates = Templates.engine(site);
        Path out = Output.newBuildFolder(site);
        try {
            String css = writeStyleSheet(out);
            Pages pages = new Pages(config, css);
            List<Listing> listings = catalog.listings();
            int listPages = Math.max(1, (listings.size() + config.pageSize() - 1) / config.pageSize());
            progress.start("build", listings.size() + listPages);
            AtomicInteger done = new AtomicInteger();
            Links links = new Links(config);
            List<SearchEntries.Summary> searchable = new ArrayList<>();
            try (Writer full = Files.newBufferedWriter(out.resolve("llms-full.txt"), StandardCharsets.UTF_8);
                    SearchIndex.Writer index = SearchIndex.writer(Files.createDirectories(out.resolve(SEARCH_INDEX)))) {
                full.write(LlmsTxt.fullHeader(config));
                catalog.forEachBatch(batch -> {
                    List<String> twins = batch.parallelStream().map(article -> {
                        String twin = writeArticle(out, pages.article(article), article.slug());
                        index.add(SearchEntries.entry(article, links.articlePath(article.slug())));
                        progress.advance(done.incrementAndGet());
                        return twin;
                    }).toList();
                    batch.forEach(article -> searchable.add(SearchEntries.summary(article, links.articlePath(article.slug()))));
                    try {
                        for (String twin : twins) full.write("\n---\n\n" + twin);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            writeList(out, pages, links, "", new Bilingual("文章列表", "Articles"), config.title().any(), listings);
            progress.advance(done.addAndGet(listPages));
            List<Tags.Tag> tags = Tags.of(listings);
            for (Tags.Tag tag : tags) {
                writeList(out, pages, links, Links.tagFolder(tag.slug()), new Bilingual("标签：" + tag.name(), "Tag: " + tag.name()),
                        config.title().any() + " · " + tag.name(), tag.listings());
            }
            render(out.resolve("tags/index.html"), "tags.jte", pages.tagIndex(tags));
            List<Tags.Tag> categories = Tags.categories(listings);
            for (Tags.Tag category : categories) {
                writeList(out, pages, links, Links.categoryFolder(category.slug()),
                        new Bilingual("分类：" + category.name(), "Category: " + category.name()),
                        config.title().any() + " · " + category.name(), category.listings());
            }
            render(out.resolve("categories/index.html"), "tags.jte", pages.categoryIndex(categories));
            for (Tags.Tag source : Tags.sources(listings)) {
                writeList(out, pages, links, Links.sourceFolder(source.slug()),
                        new Bilingual("来源：" + source.name(), "Source: " + source.name()),
                        config.title().any() + " · " + source.name(), source.listings());
            }
            render(out.resolve("404.html"), "notfound.jte", pages.site());
            render(out.resolve("about/index.html"), "about.jte", pages.about());
            writeRedirects(out, links, catalog.redirects(), listings);
            write(out.resolve("search.json"), SearchEntries.json(searchable));
            render(out.resolve("search/index.html"), "search.jte", pages.site());
            String home = links.absolute(links.home());
            Sitemap.of(home, listings, links, Sitemap.MAX_URLS).forEach((name, xml) -> write(out.resolve(name), xml));
            write(out.resolve("robots.txt"), Robots.of(config, links.absolute(links.home() + "sitemap.xml")));
            write(out.resolve("llms.txt"), LlmsTxt.of(config, listings, links));
            progress.finish();
            Output.switchTo(site, out);
            return new Result(out, listings.size(), listPages);
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
    private void writeList(Path out, Pages pages, Links links, String folder, Bilingual heading, String feedTitle,
            List<Listing> listings) {
        int count = Math.max(1, (listings.size() + config.pageSize() - 1) / config.pageSize());
        for (int n = 1; n <= count; n++) {
            int from = (n - 1) * config.pageSize();
            List<Listing> entries = listings.subList(Math.min(from, listings.size()), Math.min(from + config.pageSize(), listings.size()));
            render(out.resolve(Links.listFile(folder, n)), "list.jte", pages.list(folder, heading, entries, n, count));
        }
        String[] feeds = Feeds.of(feedTitle, folder, listings, links);
        write(out.resolve(folder + Feeds.RSS), feeds[0]);
        write(out.resolve(folder + Feeds.ATOM), feeds[1]);
    }

    /**
     * Old addresses of published articles: an HTML page that redirects (for static hosts) at each, and
     * {@code _redirects}, a map of them that servers load ("FROM TO 301" lines). A path that is now a live page
     * is left to that page.
     */
    private void writeRedirects(Path out, Links links, List<Redirect> redirects, List<Listing> listings) {
        Set<String> published = new HashSet<>();
        listings.forEach(l -> published.add(l.slug()));
        StringBuilder map = new StringBuilder("# old address, new address, status (geopress rename, Hugo aliases)\n");
        for (Redirect r : redirects) {
            if (!published.contains(r.slug())) continue;
            String file = r.path().endsWith("/") ? r.path() + "index.html" : r.path();
            if (Files.exists(out.resolve(file)) || r.path().startsWith("assets/")) continue;
            String target = links.articlePath(r.slug());
            render(out.resolve(file), "redirect.jte", links.absolute(target));
            map.append(links.path(r.path())).append(' ').append(target).append(" 301\n");
        }
        write(out.resolve(REDIRECTS), map.toString());
    }

    /** Writes an article's page and its Markdown twin, and returns the twin. */
    private String writeArticle(Path out, ArticlePage page, String slug) {
        Path html = out.resolve(Links.articleFile(slug));
        render(html, "article.jte", page);
        if (config.share().contains("wechat")) write(html.resolveSibling(Pages.QR_FILE), QrCode.svg(page.head().canonical()));
        String twin = MarkdownTwin.of(page);
        write(html.resolveSibling("index.html.md"), twin);
        return twin;
    }

    private void render(Path file, String template, Object page) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        templates.render(template, page, output);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream os = Files.newOutputStream(file)) {
                output.writeTo(os);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The style sheet's name carries a hash of its content, so servers can let browsers cache it for good. */
    private String writeStyleSheet(Path out) throws IOException {
        byte[] css;
        try (InputStream in = SiteBuilder.class.getResourceAsStream("/site/site.css")) {
            if (in == null) throw new IOException("site.css missing from the jar");
            css = in.readAllBytes();
        }
        String name = "site." + sha256(css).substring(0, 10) + ".css";
        write(out.resolve("assets").resolve(name), css);
        return config.basePath() + "assets/" + name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
