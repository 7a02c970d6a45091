package io.geopress.site;

import io.geopress.config.SiteConfig;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where pages live in the output and how they link to each other: one folder per page, index.html inside. */
final class Links {
    private final SiteConfig config;

    Links(SiteConfig config) {
        this.config = config;
    }

    /** The page's HTML file, relative to the output folder. */
    static String articleFile(String slug) {
        return "articles/" + slug + "/index.html";
    }

    /** A page of a list: the home list's folder is "", a tag's is "tags/SLUG/". */
    static String listFile(String folder, int page) {
        return folder + (page == 1 ? "" : "page/" + page + "/") + "index.html";
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
        return config.basePath() + "articles/" + slug + "/";
    }

    String listPath(String folder, int page) {
        return config.basePath() + folder + (page == 1 ? "" : "page/" + page + "/");
    }

    String path(String relative) {
        return config.basePath() + relative;
    }

    String home() {
        return config.basePath();
    }

    /** An absolute URL for a site-relative path. */
    String absolute(String path) {
        return config.baseUrl().resolve(path).toString();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
