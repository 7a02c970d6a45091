package io.geopress.site;

import gg.jte.TemplateEngine;
import io.geopress.config.SiteConfig;
import io.geopress.model.Bilingual;
import io.geopress.model.LabelSlugs;
import io.geopress.model.LabelText;
import io.geopress.model.Lang;
import io.geopress.model.Listing;
import io.geopress.model.Redirect;
import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a build makes from the list of articles rather than from their bodies: the paginated lists (home, tags,
 * categories, sources) with their feeds, the tag and category indexes, the site's fixed pages, old addresses,
 * the sitemap, robots.txt and llms.txt. A page whose entries did not change is taken from the previous build.
 */
final class ListOutputs {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final BuildFolder folder;
    private final SiteConfig config;
    private final Pages pages;
    private final Links links;
    private final LabelSlugs labels;
    private final Map<String, LabelText> categoryTexts = new HashMap<>();
    /**
     * A hash of each article's key, made once: an article is on the home list, its tags', categories' and
     * source's. A page's key combines its entries' hashes; hashing the text of every page's entry keys with
     * SHA-256 instead took a third of a one-article rebuild.
     */
    private final Map<Listing, Long> hashes = new IdentityHashMap<>();

    /** @param labelTexts what list pages say of their labels (a Hugo section's title and description, for its category) */
    ListOutputs(BuildFolder folder, SiteConfig config, Pages pages, LabelSlugs labels, List<LabelText> labelTexts) {
        for (LabelText t : labelTexts) if (t.kind() == LabelSlugs.Kind.CATEGORY) categoryTexts.put(LabelSlugs.key(t.name()), t);
        this.folder = folder;
        this.labels = labels;
        this.config = config;
        this.pages = pages;
        this.links = new Links(config);
    }

    /** The number of pages of the home list. */
    int homePages(List<Listing> listings) {
        return pageCount(listings);
    }

    /** @param catalog where the site's feeds read the newest articles' bodies, when they changed */
    void write(List<Listing> listings, ArticleKeys keys, List<Redirect> redirects, List<String> withdrawn,
            TemplateEngine templates, Catalog catalog) throws IOException {
        for (int i = 0; i < listings.size(); i++) hashes.put(listings.get(i), fnv(FNV_OFFSET, listings.get(i).slug() + ' ' + keys.key(i)));
        String site = config.title().any();
        writeList("", new Bilingual("文章列表", "Articles"), Bilingual.EMPTY, site, listings);
        writeSiteFeeds(site, listings, templates, catalog);
        List<Tags.Tag> tags = Tags.of(listings, labels);
        for (Tags.Tag tag : tags) {
            writeList(Links.tagFolder(tag.slug()), new Bilingual("标签：" + tag.name(), "Tag: " + tag.name()), Bilingual.EMPTY,
                    site + " · " + tag.name(), tag.listings());
        }
        folder.render("tags/index.html", "tags.jte", pages.tagIndex(tags));
        List<Tags.Tag> categories = Tags.categories(listings, labels);
        for (Tags.Tag category : categories) {
            LabelText text = categoryTexts.get(LabelSlugs.key(category.name()));
            Bilingual title = text == null ? Bilingual.EMPTY : text.title();
            String zh = title.has(Lang.ZH) ? title.zh() : category.name();
            String en = title.has(Lang.EN) ? title.en() : category.name();
            writeList(Links.categoryFolder(category.slug()), new Bilingual("分类：" + zh, "Category: " + en),
                    text == null ? Bilingual.EMPTY : text.description(), site + " · " + category.name(), category.listings());
        }
        folder.render("categories/index.html", "tags.jte", pages.categoryIndex(categories));
        for (Tags.Tag source : Tags.sources(listings, labels)) {
            writeList(Links.sourceFolder(source.slug()), new Bilingual("来源：" + source.name(), "Source: " + source.name()),
                    Bilingual.EMPTY, site + " · " + source.name(), source.listings());
        }
        folder.render("404.html", "notfound.jte", pages.site());
        folder.render("about/index.html", "about.jte", pages.about());
        String searchKey = BuildFolder.key("search", pages.site());
        if (!folder.reuse("search/index.html", searchKey)) {
            folder.write("search/index.html", searchKey, SearchResultsPage.html(templates, pages.site(), null));
        }
        new Addresses(folder, links, pages.site()).write(redirects, listings, withdrawn);
        String home = links.absolute(links.home());
        long size = listings.size() < Sitemap.MAX_URLS ? concatenate(Sitemap.FILE, Sitemap.head(home, listings), Sitemap.TAIL,
                listings, keys, l -> Sitemap.url(links, l)) : Long.MAX_VALUE;
        if (size > Sitemap.MAX_BYTES) { // more than one file can hold: a sitemap index, made whole
            folder.forgetParts(Sitemap.FILE);
            Sitemap.of(home, listings, links, Sitemap.MAX_URLS).forEach((name, xml) -> folder.write(name, null, xml));
        }
        folder.writeUnlessSame("robots.txt", "robots", Robots.of(config));
        Headers.write(folder, config);
        concatenate(LlmsTxt.FILE, LlmsTxt.head(config), LlmsTxt.tail(links), listings, keys, l -> LlmsTxt.entry(l, links));
    }

    /**
     * A file of one entry per article (sitemap.xml, llms.txt) between a head and a tail; a rebuild makes the
     * entries of the articles that changed and copies the others from the previous build's file. Returns its size.
     */
    private long concatenate(String name, String head, String tail, List<Listing> listings, ArticleKeys keys,
            Function<Listing, String> entry) throws IOException {
        try (Concatenation file = new Concatenation(folder, name, head, "", tail)) {
            for (int i = 0; i < listings.size(); i++) {
                Listing l = listings.get(i);
                if (!keys.unchanged(i) || !file.hasPrevious(l.slug())) file.add(l.slug(), entry.apply(l));
            }
            return file.finish(listings.stream().map(Listing::slug).toList());
        }
    }

    /** What a run of entries is made from: its length and its entries' hashes, in order. */
    private String entries(List<Listing> listings) {
        long hash = fnv(FNV_OFFSET, listings.size());
        for (Listing l : listings) hash = fnv(hash, hashes.get(l));
        return Long.toHexString(hash);
    }

    /** 64-bit FNV-1a, over a text's characters or a number's bytes; the keys are not secret, only distinct. */
    private static long fnv(long hash, String text) {
        for (int i = 0; i < text.length(); i++) hash = (hash ^ text.charAt(i)) * FNV_PRIME;
        return hash;
    }

    private static long fnv(long hash, long value) {
        for (int shift = 0; shift < 64; shift += 8) hash = (hash ^ ((value >>> shift) & 0xff)) * FNV_PRIME;
        return hash;
    }

    private int pageCount(List<Listing> listings) {
        return Math.max(1, (listings.size() + config.pageSize() - 1) / config.pageSize());
    }

    /** The site's RSS, Atom and JSON feeds, the newest articles' bodies in them whole. */
    private void writeSiteFeeds(String title, List<Listing> listings, TemplateEngine templates, Catalog catalog) {
        List<Listing> newest = listings.subList(0, Math.min(Feeds.ITEMS, listings.size()));
        String key = BuildFolder.key(title, FeedBodies.WHOLE, entries(newest));
        if (folder.reuse(Feeds.RSS, key) && folder.reuse(Feeds.ATOM, key) && folder.reuse(JsonFeed.FILE, key)) return;
        Map<String, String> bodies = FeedBodies.of(catalog, newest, pages, templates);
        String[] feeds = Feeds.of(title, "", newest, links, bodies);
        folder.write(Feeds.RSS, key, feeds[0]);
        folder.write(Feeds.ATOM, key, feeds[1]);
        folder.write(JsonFeed.FILE, key, JsonFeed.of(title, newest, links, bodies));
    }

    /** The pages of one list, newest first, with its RSS and Atom feeds (of summaries) unless it is the site's. */
    private void writeList(String path, Bilingual heading, Bilingual description, String feedTitle, List<Listing> listings) {
        int count = pageCount(listings);
        for (int n = 1; n <= count; n++) {
            int from = (n - 1) * config.pageSize();
            List<Listing> entries = listings.subList(Math.min(from, listings.size()), Math.min(from + config.pageSize(), listings.size()));
            String file = Links.listFile(path, n);
            String key = BuildFolder.key(path, heading, description, n, count, entries(entries));
            if (!folder.reuse(file, key)) folder.render(file, "list.jte", pages.list(path, heading, description, entries, n, count), key);
        }
        if (path.isEmpty()) return;
        List<Listing> newest = listings.subList(0, Math.min(Feeds.ITEMS, listings.size()));
        String key = BuildFolder.key(feedTitle, path, entries(newest));
        if (folder.reuse(path + Feeds.RSS, key) && folder.reuse(path + Feeds.ATOM, key)) return;
        String[] feeds = Feeds.of(feedTitle, path, newest, links, Map.of());
        folder.write(path + Feeds.RSS, key, feeds[0]);
        folder.write(path + Feeds.ATOM, key, feeds[1]);
    }
}
