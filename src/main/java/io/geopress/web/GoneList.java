package io.geopress.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * A build's {@code _gone}: the addresses of withdrawn articles (their pages, Markdown twins and old addresses), one
 * percent-encoded path a line, which the server answers with 410 Gone.
 */
final class GoneList {
    private final Set<String> paths;

    private GoneList(Set<String> paths) {
        this.paths = paths;
    }

    /** The list in {@code file}; empty when there is none. */
    static GoneList read(Path file) throws IOException {
        Set<String> paths = new HashSet<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String path = line.strip();
                if (path.isEmpty() || path.startsWith("#")) continue;
                String decoded = Percent.decode(path);
                if (decoded != null) paths.add(decoded);
            }
        }
        return new GoneList(paths);
    }

    /** Whether {@code path} (decoded) is gone, written with or without the slash that ends a folder. */
    boolean contains(String path) {
        return paths.contains(path) || (!path.endsWith("/") && paths.contains(path + "/"));
    }
}
