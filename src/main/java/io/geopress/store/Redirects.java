package io.geopress.store;

/** Redirect paths as the store keeps them: site-relative, no leading slash, a folder ending in a slash. */
final class Redirects {
    private Redirects() {}

    static String articlePath(String slug) {
        return "articles/" + slug + ".html";
    }

    /** "/posts/Old Name" → "posts/Old%20Name/"; a path naming a file (index.html, a.php) keeps its name. */
    static String normalize(String alias) {
        String path = alias.strip();
        int scheme = path.indexOf("://");
        if (scheme >= 0) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "" : path.substring(slash);
        }
        path = path.replaceAll("^/+", "").replace(" ", "%20");
        if (path.isEmpty()) return "";
        String last = path.substring(path.lastIndexOf('/') + 1);
        return path.endsWith("/") || last.contains(".") ? path : path + "/";
    }
}
