package io.geopress.site.page;

/** A tag as a page links to it; {@code count} is how many published articles carry it (0 where not shown). */
public record TagLink(String name, String href, int count) {}
