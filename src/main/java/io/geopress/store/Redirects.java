package io.geopress.store;

/** Redirect paths as the store keeps them: percent-encoded, relative to the site's root, a folder ending in a slash. */
final class Redirects {
    private Redirects() {}

    /** The old address of an article renamed from {@code slug}. */
    static String articlePath(String slug) {
        return "articles/" + slug + ".html";
    }
}
