package io.geopress.site.page;

import io.geopress.model.Bilingual;
import java.util.List;

/** One page of the article list, newest first. */
public record ListPage(SitePart site, List<Entry> entries, int number, int pages, String previous, String next,
        String canonical) {

    /** An article as the list shows it. */
    public record Entry(String href, Bilingual title, Bilingual summary, String dateIso, String dateText) {}
}
