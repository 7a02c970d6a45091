package io.geopress.site;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.geopress.model.GeopressException;
import io.geopress.model.Listing;
import io.geopress.site.page.InlineHtml;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * RSS 2.0 and Atom 1.0 feeds of a list (the whole site or one tag), written with Rome. The site's feeds carry the
 * newest articles' whole bodies ({@code content:encoded}, Atom's {@code content}) beside their summaries.
 */
final class Feeds {
    static final String RSS = "feed.xml";
    static final String ATOM = "atom.xml";
    /** Feed readers want what is new, not the archive: the archive is in the sitemap and llms.txt. */
    static final int ITEMS = 50;

    private Feeds() {}

    /**
     * The RSS and the Atom text of the list at {@code folder}, with {@code bodies} (by slug, HTML) for the articles
     * that have one. A feed that cannot be written names the first article that cannot be written alone.
     */
    static String[] of(String title, String folder, List<Listing> listings, Links links, Map<String, String> bodies) {
        try {
            return new String[] {write(feed("rss_2.0", title, folder, listings, links, bodies)),
                    write(feed("atom_1.0", title, folder, listings, links, bodies))};
        } catch (RuntimeException e) {
            for (Listing l : listings) {
                try {
                    write(feed("rss_2.0", title, folder, List.of(l), links, bodies));
                } catch (RuntimeException one) {
                    throw new GeopressException("article '" + l.slug() + "': its title, summary or body cannot be written "
                            + "into the feed " + folder + RSS + ": " + one.getMessage(), one);
                }
            }
            throw new GeopressException("the feed " + folder + RSS + " (" + title + ") cannot be written: " + e.getMessage(), e);
        }
    }

    private static SyndFeed feed(String type, String title, String folder, List<Listing> listings, Links links,
            Map<String, String> bodies) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle(title);
        feed.setLink(links.absolute(links.path(folder)));
        feed.setUri(links.absolute(links.path(folder)));
        feed.setDescription(title);
        feed.setLanguage("zh-CN");
        SyndLink self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(links.absolute(links.path(folder + (type.startsWith("rss") ? RSS : ATOM))));
        feed.setLinks(List.of(self));
        if (!listings.isEmpty()) feed.setPublishedDate(Date.from(listings.get(0).publishedAt().toInstant()));
        List<SyndEntry> entries = new ArrayList<>();
        for (Listing l : listings.subList(0, Math.min(ITEMS, listings.size()))) {
            SyndEntry entry = new SyndEntryImpl();
            String url = links.absolute(links.articlePath(l.slug()));
            entry.setTitle(l.title().joined(" / "));
            entry.setLink(url);
            entry.setUri(url);
            Date date = Date.from(l.publishedAt().toInstant());
            entry.setPublishedDate(date);
            entry.setUpdatedDate(date);
            if (!l.summary().isEmpty()) {
                // RSS readers take a description for HTML: the summary's text is escaped as HTML, each language a
                // paragraph, so that markup in it shows as text (in Atom, type="html" says the same)
                SyndContent description = new SyndContentImpl();
                description.setType("text/html");
                StringBuilder html = new StringBuilder();
                for (String text : List.of(l.summary().zh(), l.summary().en())) {
                    if (!text.isEmpty()) html.append("<p>").append(InlineHtml.escape(text)).append("</p>");
                }
                description.setValue(html.toString());
                entry.setDescription(description);
            }
            String body = bodies.get(l.slug());
            if (body != null) {
                SyndContent content = new SyndContentImpl();
                content.setType("text/html");
                content.setValue(body);
                entry.setContents(List.of(content));
            }
            entries.add(entry);
        }
        feed.setEntries(entries);
        return feed;
    }

    private static String write(SyndFeed feed) {
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
