package io.geopress.site;

import gg.jte.TemplateEngine;
import io.geopress.model.GeopressException;
import io.geopress.model.Listing;
import io.geopress.model.StoredArticle;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bodies the site's feeds carry whole: those of the newest articles, rendered by the part that renders the
 * page's body, every address absolute so that a feed reader can follow it.
 */
final class FeedBodies {
    /** The newest articles whose bodies the site's feeds carry; the others have their summaries. */
    static final int WHOLE = 20;
    static final String TEMPLATE = "parts/body.jte";

    private FeedBodies() {}

    /** The body HTML of each of the first {@link #WHOLE} of {@code newest}, by slug. */
    static Map<String, String> of(Catalog catalog, List<Listing> newest, Pages pages, TemplateEngine templates) {
        List<String> slugs = newest.subList(0, Math.min(WHOLE, newest.size())).stream().map(Listing::slug).toList();
        Map<String, String> bodies = new HashMap<>();
        catalog.forEachBatch(slugs, batch -> {
            for (StoredArticle article : batch) bodies.put(article.slug(), render(article, pages, templates));
        });
        return bodies;
    }

    private static String render(StoredArticle article, Pages pages, TemplateEngine templates) {
        Pages.Body body = pages.body(article);
        Map<String, Object> params = new HashMap<>();
        params.put("site", body.site());
        params.put("body", body.body());
        params.put("translation", body.translation());
        PageBytes output = new PageBytes();
        try {
            templates.render(TEMPLATE, params, output);
        } catch (RuntimeException e) {
            throw new GeopressException("article '" + article.slug() + "' (revision " + article.revision()
                    + "): its body cannot be written into the site's feeds: " + e.getMessage(), e);
        }
        return new String(output.toByteArray(), StandardCharsets.UTF_8).strip();
    }
}
