package io.geopress.fetch;

/**
 * What a fetch brought back.
 *
 * @param requestedUrl the address as asked for
 * @param finalUrl where the last redirect led (the page's own address)
 * @param status the HTTP status, 2xx
 * @param contentType the {@code Content-Type} header, or null when the server sent none
 * @param charset the {@code charset} parameter of that header as written, or null
 * @param bytes the body, as sent (decompressed)
 */
public record FetchedPage(String requestedUrl, String finalUrl, int status, String contentType, String charset, byte[] bytes) {}
