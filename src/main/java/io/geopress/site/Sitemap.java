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
    static final int MAX_URLS = 50_000;
    private static final int MAX_BYTES = 50 * 1024 * 1024 - 1024;
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private Sitemap() {}

    /** File name to content: sitemap.xml alone, or sitemap.xml as an index plus the files it names. */
    static Map<String, String> of(String home, List<Listing> listings, Links links, int maxUrls) {
        List<String> entries = new ArrayList<>();
        OffsetDateTime newest = listings.stream().map(Listing::modifiedAt).max(OffsetDateTime::compareTo).orElse(null);
        entries.add(url(home, newest));
        for (Listing l : listings) entries.add(url(links.absolute(links.articlePath(l.slug())), l.modifiedAt()));

        List<StringBuilder> files = new ArrayList<>();
        StringBuilder current = null;
        int count = 0;
        for (String entry : entries) {
            if (current == null || count == maxUrls || current.length() + entry.length() > MAX_BYTES) {
                current = new StringBuilder(HEAD).append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
                files.add(current);
                count = 0;
            }
            current.append(entry);
            count++;
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (files.size() == 1) {
            out.put("sitemap.xml", files.get(0).append("</urlset>\n").toString());
            return out;
        }
        StringBuilder index = new StringBuilder(HEAD).append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int i = 0; i < files.size(); i++) {
            String name = "sitemap-" + (i + 1) + ".xml";
            out.put(name, files.get(i).append("</urlset>\n").toString());
            index.append("<sitemap><loc>").append(escape(links.absolute(links.home() + name))).append("</loc>");
            if (newest != null) index.append("<lastmod>").append(W3C.format(newest)).append("</lastmod>");
            index.append("</sitemap>\n");
        }
        out.put("sitemap.xml", index.append("</sitemapindex>\n").toString());
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
