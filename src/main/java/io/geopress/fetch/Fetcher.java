package io.geopress.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Fetches http(s) pages for import, and never anything inside this machine or its network: every address, the
 * first and each redirect, is checked before a connection is made ({@link HopGuard} for hosts written as addresses,
 * {@link GuardedDns} for names, resolved once). Limits: timeouts, a size, a number of redirects (followed here, so
 * each is checked), one request a second to a host, and the site's robots.txt; environment proxy settings are
 * ignored. One instance per run: robots.txt and resolved names are kept for its life.
 */
public final class Fetcher {
    private static final Duration SECOND = Duration.ofSeconds(1);
    /** RFC 9309 asks crawlers to read at least this much of a robots.txt. */
    private static final int ROBOTS_BYTES = 500 * 1024;
    private static final int SHOWN_REASON = 80;
    /** A whole exchange may take the connect timeout and this many read timeouts. */
    private static final int CALL_READS = 4;

    private final FetchSettings settings;
    private final OkHttpClient client;
    private final HopGuard guard;
    private final HostPacer pacer;
    private final Map<String, RobotsTxt> robots = new HashMap<>();

    private Fetcher(FetchSettings settings) {
        this.settings = settings;
        this.guard = new HopGuard(settings.testHost() == null ? null : HostPort.parse(settings.testHost()));
        this.pacer = new HostPacer(settings.timing(), SECOND);
        this.client = new OkHttpClient.Builder()
                .dns(new GuardedDns(settings.resolver()))
                .proxy(Proxy.NO_PROXY)
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false) // a refused name must not be retried on another route
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                // a server sending a byte just within each read timeout still ends
                .callTimeout(callTimeout(settings))
                .build();
    }

    /** @throws IllegalArgumentException when the settings' test host is not an IP address and port */
    public static Fetcher create(FetchSettings settings) {
        return new Fetcher(settings);
    }

    /** The page at {@code url}, or a one-line {@link FetchException} naming it and why not. */
    public FetchedPage fetch(String url) {
        Reply reply = follow(url, guard.first(url), null, settings.maxBytes());
        if (reply.status() / 100 != 2) throw FetchException.at(url, statusLine(reply));
        if (reply.bytes().length > settings.maxBytes()) {
            throw FetchException.at(url, "larger than " + size(settings.maxBytes()) + ", the limit of a fetched page");
        }
        MediaType type = reply.contentType() == null ? null : MediaType.parse(reply.contentType());
        return new FetchedPage(url, reply.url().toString(), reply.status(), reply.contentType(),
                type == null ? null : type.parameter("charset"), reply.bytes());
    }

    private record Reply(HttpUrl url, int status, String message, String contentType, String location, byte[] bytes) {}

    /**
     * Asks for {@code start}, following redirects; each address checked, paced and (unless this is a robots.txt)
     * allowed by its site's robots.txt.
     *
     * @param robotsOf the page whose site's robots.txt this is, or null when this is the page
     */
    private Reply follow(String requested, HttpUrl start, HttpUrl robotsOf, long limit) {
        HttpUrl hop = start;
        for (int redirects = 0; ; redirects++) {
            if (robotsOf == null && !robotsFor(requested, hop).allows(pathAndQuery(hop))) {
                throw FetchException.at(requested, "the robots.txt of " + hop.host() + " disallows " + pathAndQuery(hop)
                        + " for " + FetchSettings.PRODUCT);
            }
            Reply reply = exchange(requested, hop, robotsOf, limit);
            if (reply.location() == null) return reply;
            if (redirects == settings.maxRedirects()) {
                throw FetchException.at(requested, "more than " + settings.maxRedirects() + " redirects");
            }
            hop = guard.redirect(hop, reply.location(), requested);
        }
    }

    private Reply exchange(String requested, HttpUrl url, HttpUrl robotsOf, long limit) {
        Request request = new Request.Builder().url(url).header("User-Agent", settings.userAgent())
                .header("Accept", robotsOf == null ? "text/html,application/xhtml+xml,*/*;q=0.8" : "text/plain,*/*;q=0.8")
                .build();
        try {
            pacer.await(url.host());
            try (Response response = client.newCall(request).execute()) {
                String location = response.isRedirect() ? response.header("Location") : null;
                ResponseBody body = response.body();
                byte[] bytes = new byte[0];
                if (location == null && response.isSuccessful() && body != null) bytes = limited(requested, body, limit, robotsOf);
                return new Reply(url, response.code(), response.message(), response.header("Content-Type"), location, bytes);
            }
        } catch (GuardedDns.Refused e) {
            // the page is named, not its robots.txt, which is asked for first
            HttpUrl named = robotsOf != null && robotsOf.host().equals(url.host()) ? robotsOf : url;
            String via = named.toString().equals(requested) ? "" : " (redirected from " + requested + ")";
            throw FetchException.refused(named + via + " resolves to " + BlockedAddresses.shown(e.address) + ", " + e.reason);
        } catch (InterruptedIOException e) {
            throw unreachable(requested, robotsOf, "timed out (" + seconds(settings.connectTimeout()) + " to connect, "
                    + seconds(settings.readTimeout()) + " between reads, " + seconds(callTimeout(settings)) + " in all)");
        } catch (IOException e) {
            throw unreachable(requested, robotsOf, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FetchException.at(requested, "interrupted");
        }
    }

    /** The body, reading at most one byte past the limit (a robots.txt is read only up to it). */
    private static byte[] limited(String requested, ResponseBody body, long limit, HttpUrl robotsOf) throws IOException {
        if (robotsOf == null && body.contentLength() > limit) {
            throw FetchException.at(requested, size(body.contentLength()) + " by its Content-Length, larger than "
                    + size(limit) + ", the limit of a fetched page");
        }
        try (InputStream in = body.byteStream()) {
            return in.readNBytes((int) Math.min(robotsOf == null ? limit + 1 : limit, Integer.MAX_VALUE - 8));
        }
    }

    /**
     * The rules of the robots.txt of {@code url}'s site, read once: one that cannot be found (4xx) allows everything;
     * a server error or no answer refuses the page, as RFC 9309 asks.
     */
    private RobotsTxt robotsFor(String requested, HttpUrl url) {
        HttpUrl robotsUrl = url.newBuilder().encodedPath("/robots.txt").query(null).fragment(null).build();
        String site = robotsUrl.scheme() + "://" + robotsUrl.host() + ":" + robotsUrl.port();
        RobotsTxt known = robots.get(site);
        if (known != null) return known;
        Reply reply = follow(requested, robotsUrl, url, ROBOTS_BYTES);
        RobotsTxt rules;
        if (reply.status() / 100 == 2) {
            rules = RobotsTxt.parse(new String(reply.bytes(), StandardCharsets.UTF_8), FetchSettings.PRODUCT);
        } else if (reply.status() / 100 == 4) {
            rules = RobotsTxt.ALLOW_ALL;
        } else {
            throw FetchException.at(requested, "the robots.txt of " + url.host() + " answered " + statusLine(reply)
                    + "; a site whose robots.txt fails is not fetched");
        }
        robots.put(site, rules);
        return rules;
    }

    private static Duration callTimeout(FetchSettings settings) {
        return settings.connectTimeout().plus(settings.readTimeout().multipliedBy(CALL_READS));
    }

    private static FetchException unreachable(String requested, HttpUrl robotsOf, String why) {
        if (robotsOf == null) return FetchException.at(requested, "cannot fetch: " + why);
        return FetchException.at(requested, "cannot read the robots.txt of " + robotsOf.host() + " (" + why
                + "); a site whose robots.txt cannot be read is not fetched");
    }

    private static String statusLine(Reply reply) {
        String message = reply.message().replaceAll("\\p{Cntrl}", " ").strip();
        if (message.length() > SHOWN_REASON) message = message.substring(0, SHOWN_REASON) + "…";
        return "HTTP " + reply.status() + (message.isEmpty() ? "" : " " + message)
                + (reply.status() / 100 == 3 ? " without a Location" : "");
    }

    private static String pathAndQuery(HttpUrl url) {
        return url.encodedPath() + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery());
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) return bytes + " bytes";
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
