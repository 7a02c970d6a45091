package io.geopress.site.page;

import io.geopress.model.Bilingual;
import java.util.List;

/**
 * The page listing every tag (or every category), most used first.
 *
 * @param none what the page says when there is none yet
 */
public record TagsPage(SitePart site, Bilingual heading, Bilingual none, List<TagLink> tags) {}
