package io.geopress.site.page;

/** A link that shares the page on one service; {@code label} in the language the service is known by. */
public record ShareLink(String service, String label, String href) {}
