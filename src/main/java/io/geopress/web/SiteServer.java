package io.geopress.web;

import io.geopress.config.SiteConfig;
import io.geopress.model.GeopressException;
import io.geopress.site.SearchResultsPage;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the built site from {@code public/} (SiteFiles), with the search API and the search page with its results
 * for readers without JavaScript (SearchEndpoints). Every answer carries the site's security headers
 * (SecurityHeaders); a failure no handler expected is one line in the log and a plain 500, never a stack trace.
 */
public final class SiteServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SiteServer.class);

    private static final int REQUEST_HEADER_BYTES = 16 * 1024;

    private final Javalin app;
    private final SearchEndpoints search;

    private SiteServer(Path siteDir, SiteConfig site, String host, int port) {
        String basePath = site.basePath();
        SiteFiles files = new SiteFiles(siteDir.resolve("public"), basePath);
        this.search = new SearchEndpoints(files, new SearchResultsPage(siteDir, site));
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = host;
            config.jetty.modifyServer(server -> SecurityHeaders.install(server, site.securityHeaders()));
            // a query of 1,000 Chinese characters is 9 KB percent-encoded: past Jetty's 8 KB the refusal would be its
            // 414, not the search's 400 that says why
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(REQUEST_HEADER_BYTES));
            config.routes.exception(Exception.class, SiteServer::lastResort);
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

    /** Whether {@code e} is the JDK's URL decoder refusing a request's path. */
    private static boolean badEncoding(Exception e) {
        StackTraceElement[] where = e.getStackTrace();
        return e instanceof IllegalArgumentException && where.length > 0 && where[0].getClassName().equals("java.net.URLDecoder");
    }

    /** The answer to what a handler threw: Javalin's own HTTP errors as they are, anything else a plain 500. */
    private static void lastResort(Exception e, Context ctx) {
        ctx.contentType(SiteFiles.TEXT);
        if (e instanceof HttpResponseException http) {
            ctx.status(http.getStatus()).result(http.getMessage() + "\n");
            return;
        }
        if (badEncoding(e)) { // Jetty lets "%u002e" through, and Javalin's route matching cannot decode it
            ctx.status(HttpStatus.BAD_REQUEST).result("Bad request: the path is not valid percent-encoding\n");
            return;
        }
        // the path as it came, percent-encoded: a request cannot break the line
        LOG.error("{} {}: {}", ctx.method(), ctx.path(), String.valueOf(e).replaceAll("\\s+", " "));
        ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).result("Internal server error\n");
    }
}
