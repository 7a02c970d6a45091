package io.geopress.site.page;

import io.geopress.model.Bilingual;
import java.util.List;

/**
 * The about page: what the site is, and how to ask for a correction or a takedown.
 *
 * @param contactHref a mailto: or http(s) link, or null when the site gives no contact
 */
public record AboutPage(SitePart site, List<Bilingual> about, String contactHref, String contactLabel) {}
