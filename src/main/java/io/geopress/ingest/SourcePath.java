package io.geopress.ingest;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * A file to import and its path under its content root, which is its identity: the nearest folder named
 * {@code content} above it (a Hugo site's), else the folder the import was given, else, for a file given alone,
 * its own folder (the one above, for a page bundle's {@code index} file, so that the bundle's name is part of it).
 *
 * @param relative the path under the root, with {@code /} between names, in Unicode NFC (a name typed on macOS and
 *     one typed elsewhere are one path)
 */
public record SourcePath(Path file, String relative) {

    /** A file given to import by itself. */
    public static SourcePath alone(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent != null && isIndex(absolute) && parent.getParent() != null) parent = parent.getParent();
        return under(file, parent);
    }

    /** A file found in {@code folder}, the folder the import was given. */
    static SourcePath in(Path folder, Path file) {
        return under(file, folder.toAbsolutePath().normalize());
    }

    private static SourcePath under(Path file, Path fallback) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = fallback;
        for (Path p = absolute.getParent(); p != null; p = p.getParent()) {
            if (p.getFileName() != null && p.getFileName().toString().equals("content")) {
                root = p;
                break;
            }
        }
        Path relative = root == null ? absolute.getFileName() : root.relativize(absolute);
        StringJoiner joined = new StringJoiner("/");
        relative.forEach(name -> joined.add(name.toString()));
        return new SourcePath(file, Normalizer.normalize(joined.toString(), Normalizer.Form.NFC));
    }

    private static boolean isIndex(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.startsWith("index.") || name.startsWith("_index.");
    }
}
