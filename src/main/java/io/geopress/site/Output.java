package io.geopress.site;

import io.geopress.model.GeopressException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Atomic output: each build is written to a new folder under {@code .builds/}, then {@code public}, a symbolic
 * link, is switched to it by one rename. A build that dies midway leaves {@code public} as it was.
 */
final class Output {
    static final String LINK = "public";
    static final String BUILDS = ".builds";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private Output() {}

    static Path newBuildFolder(Path siteDir) throws IOException {
        Path link = siteDir.resolve(LINK);
        if (Files.exists(link, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(link)) {
            throw new GeopressException(link + " is a folder, not the link geopress switches between builds; "
                    + "move it away and build again");
        }
        Path builds = Files.createDirectories(siteDir.resolve(BUILDS));
        String stamp = STAMP.format(LocalDateTime.now());
        for (int n = 0; ; n++) {
            Path dir = builds.resolve(n == 0 ? stamp : stamp + "-" + n);
            try {
                return Files.createDirectory(dir);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another build started in the same millisecond: take the next name
            }
        }
    }

    /** Points {@code public} at {@code buildDir} (atomically) and removes builds older than the previous one. */
    static void switchTo(Path siteDir, Path buildDir) throws IOException {
        Path link = siteDir.resolve(LINK);
        Path previous = Files.isSymbolicLink(link) ? siteDir.resolve(Files.readSymbolicLink(link)).normalize() : null;
        Path target = siteDir.relativize(buildDir);
        Path temporary = siteDir.resolve("." + LINK + "-" + buildDir.getFileName());
        Files.deleteIfExists(temporary);
        Files.createSymbolicLink(temporary, target);
        Files.move(temporary, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        prune(siteDir.resolve(BUILDS), buildDir.normalize(), previous);
    }

    /** The previous build is kept: a server may still be sending its files. */
    private static void prune(Path builds, Path current, Path previous) throws IOException {
        List<Path> old;
        try (Stream<Path> all = Files.list(builds)) {
            old = all.map(Path::normalize).filter(p -> !p.equals(current) && !p.equals(previous)).toList();
        }
        for (Path dir : old) deleteTree(dir);
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
