package io.geopress.site;

import io.geopress.config.SiteConfig;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where pages live in the output and how they link to each other. An article is one file, {@code articles/SLUG.html},
 * and so is each later page of a list, {@code page/N.html}: a folder each would cost a directory, the dearest thing
 * a build makes (10,000 of them took a second). A list's first page is its folder's {@code index.html}.
 */
final class Links {
    private final SiteConfig config;
    /** The base URL's scheme and authority ("https://geo.example.com"), to which a path beginning with "/" is added. */
    private final String origin;

    Links(SiteConfig config) {
        this.config = config;
        String base = config.baseUrl().toString();
        this.origin = base.endsWith(config.basePath()) ? base.substring(0, base.length() - config.basePath().length()) : null;
    }

    /** The page's HTML file, relative to the output folder. */
    static String articleFile(String slug) {
        return "articles/" + slug + ".html";
    }

    /** A page of a list: the home list's folder is "", a tag's is "tags/SLUG/". */
    static String listFile(String folder, int page) {
        return folder + (page == 1 ? "index.html" : "page/" + page + ".html");
    }

    static String tagFolder(String tagSlug) {
        return "tags/" + tagSlug + "/";
    }

    static String categoryFolder(String categorySlug) {
        return "categories/" + categorySlug + "/";
    }

    static String sourceFolder(String sourceSlug) {
        return "sources/" + sourceSlug + "/";
    }

    String articlePath(String slug) {
        return config.basePath() + articleFile(slug);
    }

    String listPath(String folder, int page) {
        return config.basePath() + folder + (page == 1 ? "" : "page/" + page + ".html");
    }

    String path(String relative) {
        return config.basePath() + relative;
    }

    String home() {
        return config.basePath();
    }

    /** An absolute URL for a path of this site (one this class made); other paths are resolved against the base URL. */
    String absolute(String path) {
        return origin != null && path.startsWith(config.basePath()) && !path.contains("..") ? origin + path : config.baseUrl().resolve(path).toString();
    }

    /** The page at {@code url} as a URI to resolve addresses against; the site's base URL for an address Java cannot read. */
    URI uri(String url) {
        try {
            return URI.create(url);
        } catch (IllegalArgumentException e) {
            return config.baseUrl(); // a slug from an old store that is no URI path: its folder's address will do
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
