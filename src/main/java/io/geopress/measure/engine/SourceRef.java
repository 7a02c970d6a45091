package io.geopress.measure.engine;

import io.geopress.measure.retrieve.RetrievedSource;

/** A retrieved source as a run keeps it: everything but its text. */
public record SourceRef(int rank, String url, String site, String title, String slug, boolean ours) {
    static SourceRef of(RetrievedSource source) {
        return new SourceRef(source.rank(), source.url(), source.site(), source.title(), source.slug(), source.ours());
    }

    /** Whether this is the page {@code target} (a slug, or a URL with or without its final slash) names. */
    boolean is(String target) {
        if (target.equals(slug)) return true;
        return url != null && stripSlash(url).equals(stripSlash(target));
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
