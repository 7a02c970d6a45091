package io.geopress.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself, from JSON-LD first, then Open Graph and other {@code <meta>} tags, then the
 * markup. Every field may be null (tags may be empty).
 *
 * @param title the page title, without a site-name suffix
 * @param published when the page says it was published
 * @param author the byline
 * @param siteName the publisher
 * @param url the canonical address, absolute http(s) only
 */
record PageMetadata(String title, OffsetDateTime published, String author, String siteName, String url,
        List<String> tags) {
    private static final Pattern TAG_SEPARATOR = Pattern.compile("[,，、;；]");
    private static final String TITLE_SEPARATORS = "-|–—_·:：｜丨";

    PageMetadata {
        tags = List.copyOf(tags);
    }

    /** @param problems receives a sentence for each thing the page gets wrong (bad JSON-LD, unreadable date) */
    static PageMetadata read(Document doc, ZoneId zone, List<String> problems) {
        JsonLd ld = JsonLd.read(doc, problems);
        String siteName = first(ld.publisher(), meta(doc, "og:site_name"));
        String title = first(ld.headline(), meta(doc, "og:title"), doc.title(), firstH1(doc));
        if (title != null) title = withoutSiteName(HtmlText.collapse(title), siteName);
        return new PageMetadata(title, published(doc, ld, zone, problems),
                first(ld.author(), meta(doc, "author")), siteName,
                first(absolute(doc.select("link[rel=canonical]").attr("href")), absolute(meta(doc, "og:url"))),
                tags(meta(doc, "keywords"), ld.keywords()));
    }

    private static OffsetDateTime published(Document doc, JsonLd ld, ZoneId zone, List<String> problems) {
        String text = first(ld.datePublished(), meta(doc, "article:published_time"), meta(doc, "pubdate"),
                meta(doc, "publishdate"), meta(doc, "date"), doc.select("time[datetime]").attr("datetime"));
        if (text == null) return null;
        OffsetDateTime date = Dates.find(text, zone);
        if (date == null) problems.add("cannot read the publication date '" + text + "'; left empty");
        if (date != null && !Checks.plausible(date)) {
            problems.add("the publication date '" + text + "' is outside " + Checks.FIRST_YEAR + "–" + Checks.LAST_YEAR
                    + "; left empty");
            return null;
        }
        return date;
    }

    /** The content of {@code <meta property=…>} or {@code <meta name=…>}, whichever the page uses. */
    private static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[property], meta[name], meta[itemprop]")) {
            String name = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            if (name.equalsIgnoreCase(key) && !m.attr("content").isBlank()) return m.attr("content").strip();
        }
        return null;
    }

    private static String firstH1(Document doc) {
        Element h1 = doc.selectFirst("h1");
        return h1 == null ? null : HtmlText.text(h1);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) return v.strip();
        }
        return null;
    }

    /** An absolute http(s) URL that parses, with a host; anything else is no URL (Readability would log a trace). */
    private static String absolute(String url) {
        if (url == null) return null;
        String u = url.strip();
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? u : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** "Title - Site", "Title | Site" and "Site | Title" lose the site's name. */
    static String withoutSiteName(String title, String siteName) {
        if (siteName == null || siteName.isBlank()) return title;
        String site = siteName.strip();
        if (title.endsWith(site)) {
            String rest = title.substring(0, title.length() - site.length()).stripTrailing();
            if (!rest.isEmpty() && TITLE_SEPARATORS.indexOf(rest.charAt(rest.length() - 1)) >= 0) {
                String stripped = rest.substring(0, rest.length() - 1).strip();
                if (!stripped.isEmpty()) return stripped;
            }
        }
        if (title.startsWith(site)) {
            String rest = title.substring(site.length()).stripLeading();
            if (!rest.isEmpty() && TITLE_SEPARATORS.indexOf(rest.charAt(0)) >= 0) {
                String stripped = rest.substring(1).strip();
                if (!stripped.isEmpty()) return stripped;
            }
        }
        return title;
    }

    private static List<String> tags(String metaKeywords, List<String> ldKeywords) {
        List<String> raw = new ArrayList<>();
        if (metaKeywords != null) raw.add(metaKeywords);
        else raw.addAll(ldKeywords);
        Set<String> tags = new LinkedHashSet<>();
        for (String r : raw) {
            for (String tag : TAG_SEPARATOR.split(r)) {
                String t = HtmlText.collapse(tag);
                if (!t.isEmpty()) tags.add(t);
            }
        }
        return List.copyOf(tags);
    }
}
