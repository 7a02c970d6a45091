package io.geopress.site.page;

import io.geopress.model.Bilingual;

/**
 * What every page shows of the site.
 *
 * @param home the site-relative address of the home page (the article list)
 * @param css the site-relative address of the style sheet
 */
public record SitePart(Bilingual name, String home, String css) {}
