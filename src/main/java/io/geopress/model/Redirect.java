package io.geopress.model;

/** An address that redirects: a site-relative path (no leading slash) and the slug of the article it goes to. */
public record Redirect(String path, String slug) {}
