package io.geopress.site.page;

import java.util.List;

/** The page listing every tag, most used first. */
public record TagsPage(SitePart site, List<TagLink> tags) {}
