package io.geopress.testing;

import io.geopress.config.SiteConfig;
import io.geopress.model.Article;
import io.geopress.web.SiteServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

/** The sample site built into a folder and served by a real {@link SiteServer} on a free port; closing stops it. */
public final class ServedSite implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final SiteServer server;

    private ServedSite(SiteServer server) {
        this.server = server;
    }

    /** Builds the samples into {@code site} (a theme already there included) and serves them. */
    public static ServedSite start(Path site, SiteConfig config) throws Exception {
        return start(site, config, List.of());
    }

    /** Builds the samples and {@code articles} into {@code site} and serves them. */
    public static ServedSite start(Path site, SiteConfig config, List<Article> articles) throws Exception {
        SampleSite.build(site, config, articles);
        return new ServedSite(SiteServer.start(site, config, "127.0.0.1", 0));
    }

    public int port() {
        return server.port();
    }

    /** The address of a path on the server: {@code /search/} becomes {@code http://127.0.0.1:PORT/search/}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
    }
}
