package io.geopress.ingest;

/** Fetches the web pages feed entries link to, for {@code import --fetch}: the one edge of ingest that goes out. */
public interface Pages {
    /**
     * The page at {@code url}.
     *
     * @throws io.geopress.model.GeopressException naming the URL and why, on one line, when it cannot be fetched
     */
    Page fetch(String url);

    /**
     * @param url where the page was found after redirects: its relative addresses resolve against it
     * @param contentType the HTTP {@code Content-Type}, or null
     */
    record Page(String url, byte[] bytes, String contentType) {}
}
