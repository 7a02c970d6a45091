package io.geopress.site.page;

import io.geopress.model.Bilingual;
import java.util.List;

/**
 * One page of a list of articles, newest first: the home list, a tag's or a category's.
 *
 * @param description what the list is about, from its label's text (a Hugo section's description), or empty
 * @param rss the list's RSS feed, site-relative
 * @param atom the list's Atom feed, site-relative
 */
public record ListPage(SitePart site, Bilingual heading, Bilingual description, List<Entry> entries, int number, int pages, String previous,
        String next, String canonical, String rss, String atom) {

    /** An article as the list shows it. */
    public record Entry(String href, Bilingual title, Bilingual summary, String dateIso, String dateText) {}
}
