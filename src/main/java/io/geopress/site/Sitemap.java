package io.geopress.site;

import io.geopress.model.Listing;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * sitemap.xml: the home page and one URL per article with its lastmod. Past 50,000 URLs (or 50 MB) the protocol
 * wants several files, so it becomes a sitemap index over sitemap-1.xml, sitemap-2.xml, …
 */
final class Sitemap {
    static final String FILE = "sitemap.xml";
    static final int MAX_URLS = 50_000;
    static final int MAX_BYTES = 50 * 1024 * 1024 - 1024;
    static final String TAIL = "</urlset>\n";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String URLSET = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private Sitemap() {}

    /** The start of a sitemap.xml that is one file, up to the home page's URL; the articles' URLs follow. */
    static String head(String home, List<Listing> listings) {
        return HEAD + URLSET + url(home, newest(listings));
    }

    /** An article's URL element. */
    static String url(Links links, Listing listing) {
        return url(links.absolute(links.articlePath(listing.slug())), listing.modifiedAt());
    }

    private static OffsetDateTime newest(List<Listing> listings) {
        OffsetDateTime newest = null;
        for (Listing l : listings) if (newest == null || l.modifiedAt().compareTo(newest) > 0) newest = l.modifiedAt();
        return newest;
    }

    /** File name to content: sitemap.xml alone, or sitemap.xml as an index plus the files it names. */
    static Map<String, String> of(String home, List<Listing> listings, Links links, int maxUrls) {
        List<String> entries = new ArrayList<>();
        OffsetDateTime newest = newest(listings);
        entries.add(url(home, newest));
        for (Listing l : listings) entries.add(url(links, l));

        List<StringBuilder> files = new ArrayList<>();
        StringBuilder current = null;
        int count = 0;
        for (String entry : entries) {
            if (current == null || count == maxUrls || current.length() + entry.length() > MAX_BYTES) {
                current = new StringBuilder(HEAD).append(URLSET);
                files.add(current);
                count = 0;
            }
            current.append(entry);
            count++;
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (files.size() == 1) {
            out.put(FILE, files.get(0).append(TAIL).toString());
            return out;
        }
        StringBuilder index = new StringBuilder(HEAD).append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int i = 0; i < files.size(); i++) {
            String name = "sitemap-" + (i + 1) + ".xml";
            out.put(name, files.get(i).append(TAIL).toString());
            index.append("<sitemap><loc>").append(escape(links.absolute(links.home() + name))).append("</loc>");
            if (newest != null) index.append("<lastmod>").append(W3C.format(newest)).append("</lastmod>");
            index.append("</sitemap>\n");
        }
        out.put(FILE, index.append("</sitemapindex>\n").toString());
        return out;
    }

    private static String url(String loc, OffsetDateTime lastmod) {
        return "<url><loc>" + escape(loc) + "</loc>" + (lastmod == null ? "" : "<lastmod>" + w3c(lastmod) + "</lastmod>") + "</url>\n";
    }

    /** As {@code ISO_OFFSET_DATE_TIME} formats it, without the formatter's cost (10,000 dates in a cold JVM). */
    static String w3c(OffsetDateTime time) {
        if (time.getYear() < 1000 || time.getYear() > 9999) return W3C.format(time);
        String local = time.toLocalDateTime().toString(); // yyyy-MM-ddTHH:mm[:ss[.SSS[SSS[SSS]]]]
        StringBuilder out = new StringBuilder(40).append(local);
        if (local.length() == 16) out.append(":00");
        while (local.length() > 19 && out.charAt(out.length() - 1) == '0') out.setLength(out.length() - 1);
        return out.append(time.getOffset().getId()).toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
