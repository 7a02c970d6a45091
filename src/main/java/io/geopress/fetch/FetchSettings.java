package io.geopress.fetch;

import io.geopress.model.Timing;
import java.time.Duration;

/**
 * How a {@link Fetcher} behaves.
 *
 * @param userAgent the {@code User-Agent} header; its product token ({@code geopress}) picks the robots.txt group
 * @param maxBytes the largest body accepted
 * @param maxRedirects how many redirects are followed
 * @param resolver turns host names into addresses
 * @param testHost {@code HOST:PORT}, an IP address and port that may be reached although it is inside (a local test
 *     server), or null: for testing only
 * @param timing the clock the pacing of requests to one host goes by
 */
public record FetchSettings(String userAgent, Duration connectTimeout, Duration readTimeout, long maxBytes,
        int maxRedirects, Resolver resolver, String testHost, Timing timing) {
    static final String PRODUCT = "geopress";

    /** The defaults: 10 s to connect, 30 s between reads, 10 MB, 5 redirects, the system's resolver and clock. */
    public static FetchSettings defaults(String version) {
        return new FetchSettings(PRODUCT + "/" + version + " (bilingual Chinese/English publishing engine; fetches the"
                + " pages its user imports)", Duration.ofSeconds(10), Duration.ofSeconds(30), 10L * 1024 * 1024, 5,
                Resolver.SYSTEM, null, Timing.SYSTEM);
    }

    public FetchSettings withTimeouts(Duration connect, Duration read) {
        return new FetchSettings(userAgent, connect, read, maxBytes, maxRedirects, resolver, testHost, timing);
    }

    public FetchSettings withMaxBytes(long bytes) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, bytes, maxRedirects, resolver, testHost, timing);
    }

    public FetchSettings withResolver(Resolver other) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, maxBytes, maxRedirects, other, testHost, timing);
    }

    /** These settings letting fetches reach {@code hostPort} (an IP address and port) although it is inside; for testing only. */
    public FetchSettings withTestHost(String hostPort) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, maxBytes, maxRedirects, resolver, hostPort, timing);
    }

    public FetchSettings withTiming(Timing other) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, maxBytes, maxRedirects, resolver, testHost, other);
    }
}
