package io.geopress.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.geopress.config.SiteConfig;
import io.geopress.model.GeopressException;
import io.geopress.search.SearchIndex;
import io.geopress.site.SearchResultsPage;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Serves the built site from {@code public/}. The link is resolved on every request, so a new build is served
 * as soon as it is switched in, and a request never sees half of one. Besides the site's files: the search API,
 * and the search page with its results for readers without JavaScript.
 */
public final class SiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"));

    /** Results on the search page rendered on request; the API takes a {@code limit} of its own. */
    private static final int RESULTS = 20;

    private final Javalin app;
    private volatile Redirects redirectsCache;
    private static final ObjectMapper JSON = new ObjectMapper();
    private SearchIndex searchIndex;
    private SearchIndex previousIndex;
    private Path searchRoot;
    private final Path publicDir;
    private final String basePath;
    private final SearchResultsPage searchPage;

    private SiteServer(Path siteDir, SiteConfig site, String host, int port) {
        this.publicDir = siteDir.resolve("public");
        this.basePath = site.basePath();
        this.searchPage = new SearchResultsPage(siteDir, site);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = host;
            config.routes.get(basePath + "api/search", this::search);
            config.routes.get(basePath + "search/", this::searchPage);
            config.routes.get("/", this::serve);
            config.routes.get("/<path>", this::serve);
            config.routes.head("/", this::serve);
            config.routes.head("/<path>", this::serve);
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
        if (searchIndex != null) searchIndex.close();
        if (previousIndex != null) previousIndex.close();
    }

    private void serve(Context ctx) throws IOException {
        String path = URI.create(ctx.path()).getPath();
        if (!path.startsWith(basePath)) {
            notFound(ctx);
            return;
        }
        Path root = builtRoot(ctx);
        if (root == null) return;
        Path file = root.resolve(path.substring(basePath.length())).normalize();
        if (!file.startsWith(root) || path.contains("/.")) { // dot files (the search index) are not the site's pages
            notFound(ctx);
            return;
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                ctx.redirect(path + "/", HttpStatus.MOVED_PERMANENTLY);
                return;
            }
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            String moved = redirects(root).get(path);
            if (moved == null && !path.endsWith("/")) moved = redirects(root).get(path + "/");
            if (moved != null) ctx.redirect(moved, HttpStatus.MOVED_PERMANENTLY);
            else notFound(ctx);
            return;
        }
        String etag = "\"" + Long.toHexString(Files.size(file)) + "-" + Long.toHexString(Files.getLastModifiedTime(file).toMillis()) + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", cacheControl(root.relativize(file).toString()));
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(typeOf(file));
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        // no Content-Length of our own on GET: Javalin compresses for clients that accept gzip
        if (ctx.method().name().equals("HEAD")) ctx.header("Content-Length", Long.toString(Files.size(file)));
        else ctx.result(Files.readAllBytes(file));
    }

    /** {@code /api/search?q=…&limit=…}: ranked articles with highlighted snippets, as JSON. */
    private void search(Context ctx) throws IOException {
        String q = ctx.queryParam("q");
        int limit;
        try {
            limit = Math.max(1, Math.min(50, Integer.parseInt(ctx.queryParamAsClass("limit", String.class).getOrDefault("10"))));
        } catch (NumberFormatException e) {
            limit = 10;
        }
        Path root = builtRoot(ctx);
        if (root == null) return;
        List<SearchIndex.Hit> hits = index(root).search(q, limit);
        ObjectNode body = JSON.createObjectNode();
        body.put("query", q == null ? "" : q);
        ArrayNode list = body.putArray("hits");
        for (SearchIndex.Hit hit : hits) {
            list.addObject().put("url", hit.url()).put("title", hit.title()).put("snippet", hit.snippet()).put("score", hit.score());
        }
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(body));
    }

    /**
     * {@code search/?q=…}: the search page with the results in it, for readers without JavaScript (the form on the
     * page submits here); without a query, the static search page.
     */
    private void searchPage(Context ctx) throws IOException {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            serve(ctx);
            return;
        }
        Path root = builtRoot(ctx);
        if (root == null) return;
        String query = q.strip();
        byte[] page = searchPage.render(root, query, index(root).search(query, RESULTS));
        ctx.header("Cache-Control", "no-store"); // an answer to one query, made now: not one to keep
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(TYPES.get("html")).result(page);
    }

    /** The build being served, or null when there is none yet (and the answer says so). */
    private Path builtRoot(Context ctx) throws IOException {
        try {
            return publicDir.toRealPath();
        } catch (NoSuchFileException e) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(TYPES.get("txt"))
                    .result("The site has not been built yet: run 'geopress build'.\n");
            return null;
        }
    }

    /** The index of the build being served, opened again when another build is switched in. */
    private synchronized SearchIndex index(Path root) {
        if (searchIndex == null || !root.equals(searchRoot)) {
            if (previousIndex != null) previousIndex.close(); // two builds back: no request is still reading it
            previousIndex = searchIndex;
            searchIndex = SearchIndex.open(root.resolve(".search"));
            searchRoot = root;
        }
        return searchIndex;
    }

    /** The build's redirects map ("FROM TO 301" lines), read again only when another build is switched in. */
    private Map<String, String> redirects(Path root) throws IOException {
        Redirects cached = redirectsCache;
        if (cached != null && cached.root().equals(root)) return cached.map();
        Map<String, String> map = new HashMap<>();
        Path file = root.resolve("_redirects");
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.strip().split("\\s+");
                if (parts.length >= 2 && !parts[0].startsWith("#")) map.put(parts[0], parts[1]);
            }
        }
        redirectsCache = new Redirects(root, map);
        return map;
    }

    private record Redirects(Path root, Map<String, String> map) {}

    private void notFound(Context ctx) throws IOException {
        ctx.status(HttpStatus.NOT_FOUND);
        Path page = publicDir.resolve("404.html");
        if (Files.isRegularFile(page)) {
            ctx.contentType(TYPES.get("html")).result(Files.readAllBytes(page));
        } else {
            ctx.contentType(TYPES.get("txt")).result("Not found\n");
        }
    }

    /** Fingerprinted assets never change; pages may change with any build, so they are revalidated. */
    private static String cacheControl(String relative) {
        return relative.startsWith("assets/") && relative.matches(".*\\.[0-9a-f]{10}\\.[a-z]+")
                ? "public, max-age=31536000, immutable"
                : "public, max-age=0, must-revalidate";
    }

    private static String typeOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
