package io.geopress.site.page;

import io.geopress.model.Bilingual;

/**
 * What every page shows of the site.
 *
 * @param home the site-relative address of the home page (the article list)
 * @param css the site-relative address of the style sheet
 * @param readingMode what pages show before the reader chooses: both, zh or en
 * @param icp the ICP record number for the footer, or null
 * @param publicSecurity the public-security record number for the footer, or null
 */
public record SitePart(Bilingual name, String home, String css, String readingMode, String icp, String publicSecurity) {}
