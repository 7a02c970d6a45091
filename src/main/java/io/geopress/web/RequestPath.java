package io.geopress.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A request's path on the site, decoded.
 *
 * @param decoded the whole path, base path included
 * @param segments the names under the base path, without empty ones at the end
 * @param folder whether the path ends in a slash
 */
record RequestPath(String decoded, List<String> segments, boolean folder) {
    RequestPath {
        segments = List.copyOf(segments);
    }

    /**
     * The path of {@code raw}, a request's path as it came, or null when it is not on the site under
     * {@code basePath} (decoded), is not valid percent-encoding, or holds a control character.
     */
    static RequestPath of(String raw, String basePath) {
        String decoded = Percent.decode(raw);
        if (decoded == null || !decoded.startsWith(basePath) || decoded.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) return null;
        String rest = decoded.substring(basePath.length());
        boolean folder = rest.isEmpty() || rest.endsWith("/");
        List<String> segments = rest.isEmpty() ? List.of() : Arrays.asList(rest.split("/", -1));
        return new RequestPath(decoded, folder && !segments.isEmpty() ? segments.subList(0, segments.size() - 1) : segments, folder);
    }

    /**
     * Whether the path may name a file to serve: no empty segment, none of {@code .} or {@code ..}, no dot file (the
     * search index) and no name starting with {@code _} ({@code _redirects}, {@code _headers}).
     */
    boolean servable() {
        return segments.stream().allMatch(RequestPath::servableName);
    }

    /** Whether every name of {@code relative}, a path inside the build, may be served. */
    static boolean servable(Path relative) {
        if (relative.toString().isEmpty()) return true; // the build's own folder
        for (Path name : relative) {
            if (!servableName(name.toString())) return false;
        }
        return true;
    }

    private static boolean servableName(String name) {
        return !name.isEmpty() && !name.startsWith(".") && !name.startsWith("_");
    }

    /** The file or folder the path names under {@code root}; only for a {@link #servable} path. */
    Path in(Path root) {
        return segments.isEmpty() ? root : root.resolve(String.join("/", segments));
    }

    /** The path of this folder with a slash at its end, encoded, under {@code basePath} (as a request sends it). */
    String folderLocation(String basePath) {
        List<String> encoded = new ArrayList<>();
        for (String segment : segments) encoded.add(Percent.encodeSegment(segment));
        return basePath + String.join("/", encoded) + "/";
    }
}
