package io.geopress.ingest;

import io.geopress.model.LinkTarget;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where the image a Markdown file names is: an http(s) address stays one; a relative path is a file beside the
 * Markdown file (a Hugo page bundle keeps {@code index.md} with its images); a root path ({@code /images/x.png}) is
 * a file in the Hugo site's {@code static/} folder, beside the nearest {@code content/} folder above the Markdown
 * file, or in the folder {@code geopress import --static DIR} names. A local path may not leave that folder (the
 * site's folder for a relative path, when the file is in one).
 *
 * @param staticDir the folder root paths resolve against, or null to find it from the Markdown file
 */
record ImagePaths(Path staticDir) {
    /**
     * Where an image is.
     *
     * @param file the local file, or null for an image on the web
     * @param problem why the path names no image, or null; {@code file} is null then
     * @param warning what the reader of the import should know even so (no static folder known), or null
     */
    record Resolved(Path file, String problem, String warning) {
        static final Resolved REMOTE = new Resolved(null, null, null);

        static Resolved refused(String problem) {
            return new Resolved(null, problem, null);
        }
    }

    Resolved resolve(String src, Path markdownFile) {
        String linkProblem = LinkTarget.problem(src);
        if (linkProblem != null) return Resolved.refused(linkProblem);
        String scheme = LinkTarget.scheme(src);
        if (scheme != null) {
            return scheme.equals("http") || scheme.equals("https") ? Resolved.REMOTE
                    : Resolved.refused("a '" + scheme + ":' address is no image");
        }
        if (src.startsWith("//")) return Resolved.REMOTE;
        String path = decoded(withoutQuery(src));
        if (path.isEmpty()) return Resolved.refused("the image has no path");
        Path folder = markdownFile.toAbsolutePath().normalize().getParent();
        Path site = siteOf(folder);
        try {
            if (path.startsWith("/")) {
                Path root = staticDir != null ? staticDir.toAbsolutePath().normalize() : site == null ? null : site.resolve("static");
                if (root == null) {
                    Path guess = folder.resolve(path.substring(1)).normalize();
                    if (!guess.startsWith(folder)) return Resolved.refused("the path leads out of " + folder);
                    return new Resolved(guess, null, "'" + src + "' is a path on the site,"
                            + " but the file is in no Hugo 'content' folder to find the site's 'static' folder from; give"
                            + " --static DIR");
                }
                return inside(root.resolve(path.substring(1)).normalize(), root);
            }
            Path file = folder.resolve(path).normalize();
            // never an image elsewhere on this machine: the site's folder, or the file's own
            return inside(file, site == null ? folder : site);
        } catch (InvalidPathException e) {
            return Resolved.refused("not a file path on this system");
        }
    }

    private static Resolved inside(Path file, Path root) {
        return file.startsWith(root) ? new Resolved(file, null, null) : Resolved.refused("the path leads out of " + root);
    }

    /** The Hugo site a folder belongs to: the folder holding the nearest {@code content} folder above it, or null. */
    private static Path siteOf(Path folder) {
        for (Path p = folder; p != null && p.getParent() != null; p = p.getParent()) {
            if (p.getFileName().toString().equals("content")) return p.getParent();
        }
        return null;
    }

    private static String withoutQuery(String src) {
        int end = src.length();
        int query = src.indexOf('?');
        int fragment = src.indexOf('#');
        if (query >= 0) end = query;
        if (fragment >= 0) end = Math.min(end, fragment);
        return src.substring(0, end);
    }

    /** The path with its %XX escapes decoded as UTF-8, or as written when one is malformed. */
    private static String decoded(String path) {
        if (path.indexOf('%') < 0) return path;
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
