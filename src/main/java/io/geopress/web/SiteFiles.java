package io.geopress.web;

import io.geopress.site.SiteBuilder;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The files of the build in {@code public/}. The link is resolved on every request, so a new build is served as
 * soon as it is switched in, and a request never sees half of one. Only regular files inside the build are served,
 * streamed (never read whole), and never a dot or underscore file; a redirect never leaves the site.
 */
final class SiteFiles {
    static final String HTML = "text/html; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", HTML),
            Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("txt", TEXT),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"));

    private final Path publicDir;
    /** The base path as links and redirects write it (percent-encoded), and decoded, as requests are compared with it. */
    private final String basePath;
    private final String decodedBasePath;
    private volatile Redirects redirects;

    /** What the build being served says of addresses that are not files: moved, or gone. */
    private record Redirects(Path root, RedirectMap map, GoneList gone) {}

    SiteFiles(Path publicDir, String basePath) {
        this.publicDir = publicDir;
        this.basePath = basePath;
        String decoded = Percent.decode(basePath);
        this.decodedBasePath = decoded == null ? basePath : decoded;
    }

    /** The build being served, or null when there is none yet (and the answer says so). */
    Path root(Context ctx) throws IOException {
        try {
            return publicDir.toRealPath();
        } catch (NoSuchFileException e) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(TEXT).result("The site has not been built yet: run 'geopress build'.\n");
            return null;
        }
    }

    /** Answers a GET or HEAD of a path on the site: the file, a redirect, or the build's 404 page. */
    void serve(Context ctx) throws IOException {
        Path root = root(ctx);
        if (root == null) return;
        RequestPath path = RequestPath.of(ctx.path(), decodedBasePath);
        if (path == null) {
            notFound(ctx, root);
            return;
        }
        Path found = path.servable() ? inside(root, path.in(root)) : null;
        if (addresses(root).gone().contains(path.decoded())) {
            gone(ctx, found != null && Files.isRegularFile(found) ? found : null);
            return;
        }
        if (found != null && Files.isDirectory(found)) {
            if (!path.folder()) {
                ctx.redirect(path.folderLocation(basePath), HttpStatus.MOVED_PERMANENTLY);
                return;
            }
            found = inside(root, found.resolve("index.html"));
        }
        if (found != null && Files.isRegularFile(found)) {
            send(ctx, found, root.relativize(found).toString());
            return;
        }
        RedirectMap.Target moved = addresses(root).map().find(path.decoded());
        if (moved != null) ctx.redirect(moved.location(), HttpStatus.forStatus(moved.status()));
        else notFound(ctx, root);
    }

    /**
     * {@code path} with its links followed, when that is inside {@code root} (a real path) and may be served; else
     * null: a link out of the build (to /etc/passwd, to the site's database) is a file that is not there.
     */
    private static Path inside(Path root, Path path) throws IOException {
        Path real;
        try {
            real = path.toRealPath();
        } catch (FileSystemException e) { // not there, not a folder, a loop of links, a name too long
            return null;
        }
        return real.startsWith(root) && RequestPath.servable(root.relativize(real)) ? real : null;
    }

    private void send(Context ctx, Path file, String relative) throws IOException {
        long size = Files.size(file);
        String etag = "\"" + Long.toHexString(size) + "-" + Long.toHexString(Files.getLastModifiedTime(file).toMillis()) + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", cacheControl(relative));
        ctx.contentType(typeOf(file));
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        body(ctx, file, size);
    }

    /**
     * The file as the answer's body, streamed: Javalin copies it in chunks, through gzip for clients that accept it.
     * No Content-Length of our own on GET, since the compressed length is not known before.
     */
    private static void body(Context ctx, Path file, long size) throws IOException {
        if (ctx.method().name().equals("HEAD")) ctx.header("Content-Length", Long.toString(size));
        else ctx.result(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS));
    }

    private void notFound(Context ctx, Path root) throws IOException {
        ctx.status(HttpStatus.NOT_FOUND);
        Path page = inside(root, root.resolve("404.html"));
        if (page != null && Files.isRegularFile(page)) {
            ctx.contentType(HTML);
            body(ctx, page, Files.size(page));
        } else {
            ctx.contentType(TEXT).result("Not found\n");
        }
    }

    /**
     * A withdrawn article's address: 410 Gone, with the notice the build left there (the page's, not its twin's: the
     * notice is HTML).
     */
    private static void gone(Context ctx, Path notice) throws IOException {
        ctx.status(HttpStatus.GONE).header("Cache-Control", "public, max-age=0, must-revalidate");
        if (notice != null && notice.getFileName().toString().endsWith(".html")) {
            ctx.contentType(HTML);
            body(ctx, notice, Files.size(notice));
        } else {
            ctx.contentType(TEXT).result("This article has been withdrawn. 本文已撤下。\n");
        }
    }

    /** The build's redirects and withdrawn addresses, read again only when another build is switched in. */
    private Redirects addresses(Path root) throws IOException {
        Redirects cached = redirects;
        if (cached != null && cached.root().equals(root)) return cached;
        Redirects read = new Redirects(root, RedirectMap.read(root.resolve(SiteBuilder.REDIRECTS)),
                GoneList.read(root.resolve(SiteBuilder.GONE)));
        redirects = read;
        return read;
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
