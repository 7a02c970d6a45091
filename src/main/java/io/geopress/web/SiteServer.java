package io.geopress.web;

import io.geopress.config.SiteConfig;
import io.geopress.model.GeopressException;
import io.geopress.site.SearchResultsPage;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * Serves the built site from {@code public/} (SiteFiles), with the search API and the search page with its results
 * for readers without JavaScript (SearchEndpoints).
 */
public final class SiteServer implements AutoCloseable {
    private final Javalin app;
    private final SearchEndpoints search;

    private SiteServer(Path siteDir, SiteConfig site, String host, int port) {
        String basePath = site.basePath();
        SiteFiles files = new SiteFiles(siteDir.resolve("public"), basePath);
        this.search = new SearchEndpoints(files, new SearchResultsPage(siteDir, site));
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = host;
            config.routes.get(basePath + "api/search", search::api);
            config.routes.get(basePath + "search/", search::page);
            config.routes.get("/", files::serve);
            config.routes.get("/<path>", files::serve);
            config.routes.head("/", files::serve);
            config.routes.head("/<path>", files::serve);
        });
        app.start(port);
    }

    /** Starts serving the build in {@code siteDir/public} on {@code host:port} (port 0 picks a free one). */
    public static SiteServer start(Path siteDir, SiteConfig config, String host, int port) {
        if (port != 0) {
            // Javalin would log a multi-line error of its own; say it in one line instead
            try (ServerSocket probe = new ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new InetSocketAddress(host, port));
            } catch (IOException e) {
                throw new GeopressException("cannot listen on " + host + ":" + port + ": " + e.getMessage()
                        + " (is another server running? try --port)");
            }
        }
        return new SiteServer(siteDir, config, host, port);
    }

    public int port() {
        return app.port();
    }

    @Override
    public synchronized void close() {
        app.stop();
        search.close();
    }
}
