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
import java.util.ArrayList;
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
    /** The prefix of an old build renamed aside for deletion; the next build deletes it if it is still there. */
    private static final String TRASH = ".trash-";
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

    /** The build {@code public} points at, or null before the first build. */
    static Path current(Path siteDir) throws IOException {
        Path link = siteDir.resolve(LINK);
        if (!Files.isSymbolicLink(link)) return null;
        Path folder = siteDir.resolve(Files.readSymbolicLink(link)).normalize();
        return Files.isDirectory(folder) ? folder : null;
    }

    /**
     * Points {@code public} at {@code buildDir} (atomically) and removes builds older than the previous one. In the
     * {@code background}, they are renamed aside and a separate process deletes them, so that the build does not
     * wait while the file system frees tens of thousands of files.
     */
    static void switchTo(Path siteDir, Path buildDir, boolean background) throws IOException {
        Path link = siteDir.resolve(LINK);
        Path previous = current(siteDir);
        Path target = siteDir.relativize(buildDir);
        Path temporary = siteDir.resolve("." + LINK + "-" + buildDir.getFileName());
        Files.deleteIfExists(temporary);
        Files.createSymbolicLink(temporary, target);
        Files.move(temporary, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        prune(siteDir.resolve(BUILDS), buildDir.normalize(), previous, background);
    }

    /** The previous build is kept: a server may still be sending its files. */
    private static void prune(Path builds, Path current, Path previous, boolean background) throws IOException {
        List<Path> old;
        try (Stream<Path> all = Files.list(builds)) {
            old = all.map(Path::normalize).filter(p -> !p.equals(current) && !p.equals(previous)).toList();
        }
        if (!background) {
            for (Path dir : old) deleteTree(dir);
            return;
        }
        // at the lowest priority: the next build, often started at once, should not wait for the deletion
        List<String> command = new ArrayList<>(List.of("nice", "-n", "19", "rm", "-rf", "--"));
        for (Path dir : old) {
            Path aside = dir.getFileName().toString().startsWith(TRASH) ? dir : builds.resolve(TRASH + dir.getFileName());
            if (aside != dir) Files.move(dir, aside, StandardCopyOption.ATOMIC_MOVE);
            command.add(aside.toString());
        }
        if (old.isEmpty()) return;
        try {
            new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) { // no nice or rm here: delete them now
            for (String dir : command.subList(command.indexOf("--") + 1, command.size())) deleteTree(Path.of(dir));
        }
    }

    /**
     * Deletes a failed build's folder. A straggling writer may add a file while the folder is walked, so the
     * walk is tried again; what cannot be deleted is added to {@code failure}, never put in its place.
     */
    static void deleteQuietly(Path dir, Exception failure) {
        for (int attempt = 1; ; attempt++) {
            try {
                if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) deleteTree(dir);
                return;
            } catch (IOException | UncheckedIOException e) {
                if (attempt == 3) {
                    failure.addSuppressed(e);
                    return;
                }
            }
        }
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
