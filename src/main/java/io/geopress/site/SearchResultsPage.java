package io.geopress.site;

import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import io.geopress.config.SiteConfig;
import io.geopress.model.GeopressException;
import io.geopress.site.page.SearchResults;
import io.geopress.site.page.SitePart;
import java.nio.file.Path;
import java.util.Map;

/**
 * The search page with the results of one query, rendered on request: what {@code geopress serve} answers when a
 * reader searches without JavaScript. It is the build's search page, from the same template (a theme's, where the
 * site has one), with the results in it.
 */
public final class SearchResultsPage {
    private final TemplateEngine templates;
    private final SiteConfig config;

    /** For the site in {@code siteDir}; its theme, if any, is compiled on first use, apart from a build's. */
    public SearchResultsPage(Path siteDir, SiteConfig config) {
        this.templates = Templates.engine(siteDir, Templates.SERVE_CLASSES);
        this.config = config;
    }

    /** The page showing {@code results}, linked to the style sheet and scripts of {@code build}, the build served. */
    public byte[] render(Path build, SearchResults results) {
        SitePart site = new Pages(config, Assets.in(build)).site();
        try {
            return html(templates, site, results);
        } catch (TemplateException e) {
            throw new GeopressException("search page: " + Templates.oneLine(e), e);
        }
    }

    /** The search page; {@code results} is null on the static one a build writes. */
    static byte[] html(TemplateEngine templates, SitePart site, SearchResults results) {
        Map<String, Object> params = results == null ? Map.of("site", site) : Map.of("site", site, "results", results);
        PageBytes output = new PageBytes();
        templates.render("search.jte", params, output);
        return output.toByteArray();
    }
}
