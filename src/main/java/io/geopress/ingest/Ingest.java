package io.geopress.ingest;

import io.geopress.model.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.function.Consumer;

/**
 * Reads source files into articles, choosing the importer by extension, then by content; all or nothing per
 * file: bad input raises {@link ImportException} naming the file and line.
 */
public final class Ingest {
    private final ZoneId zone;

    public Ingest(ZoneId zone) {
        this.zone = zone;
    }

    private static final Set<String> EXTENSIONS = Set.of("txt", "html", "htm", "xhtml", "md", "markdown", "jsonl", "ndjson");

    /**
     * The files to import for what the user named: a file as it is; a folder (a Hugo content folder, say) walked
     * for files of the known extensions, in path order, leaving out hidden files and Hugo's section pages
     * ({@code _index.md}).
     */
    public static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                List<Path> found = walk.filter(Files::isRegularFile).filter(Ingest::importable).sorted().toList();
                if (found.isEmpty()) throw new ImportException(path.toString(), "no files to import in this folder (" + EXTENSIONS + ")");
                files.addAll(found);
            } catch (IOException e) {
                throw new ImportException(path.toString(), "cannot read the folder: " + e.getMessage(), e);
            }
        }
        return files;
    }

    private static boolean importable(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && !name.startsWith("_index.") && dot > 0
                && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Reads one file into a list; {@code format} null means detect it. */
    public List<Imported> read(Path path, Format format, Progress progress) {
        List<Imported> all = new ArrayList<>();
        read(path, format, progress, all::add);
        return all;
    }

    /**
     * Reads one file, handing each article to {@code sink} as it is read, so a large file is never held whole in
     * memory; on bad input it throws after some articles may have been handed over: save them in a transaction.
     */
    public void read(Path path, Format format, Progress progress, Consumer<Imported> sink) {
        String name = path.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new ImportException(name, "no such file");
        } catch (IOException e) {
            throw new ImportException(name, "cannot read: " + e.getMessage(), e);
        }
        if (isBlank(bytes)) {
            throw new ImportException(name, "empty file");
        }
        if (looksBinary(bytes)) {
            throw new ImportException(name, "binary file, not text (expected text, HTML, Markdown or JSON Lines)");
        }
        Format chosen = format != null ? format : detect(path, bytes);
        SourceFile file = new SourceFile(path, name, bytes, zone, progress);
        int[] count = {0};
        importer(chosen).read(file, imported -> {
            count[0]++;
            sink.accept(imported);
        });
        if (count[0] == 0) throw new ImportException(name, "no article found");
    }

    private static Importer importer(Format format) {
        return switch (format) {
            case TEXT -> new TextImporter();
            case HTML -> new HtmlImporter();
            case MARKDOWN -> new MarkdownImporter();
            case JSONL -> new JsonLinesImporter();
        };
    }

    static Format detect(Path path, byte[] bytes) {
        String fileName = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (fileName.endsWith(".html") || fileName.endsWith(".htm") || fileName.endsWith(".xhtml")) return Format.HTML;
        if (fileName.endsWith(".md") || fileName.endsWith(".markdown")) return Format.MARKDOWN;
        if (fileName.endsWith(".jsonl") || fileName.endsWith(".ndjson")) return Format.JSONL;
        if (fileName.endsWith(".txt")) return Format.TEXT;
        int skip = SourceFile.startsWithUtf8Bom(bytes) ? 3 : 0;
        String head = new String(bytes, skip, Math.min(bytes.length - skip, 2048), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("---") || head.startsWith("+++")) return Format.MARKDOWN;
        if (head.startsWith("{")) return Format.JSONL;
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")) return Format.HTML;
        return Format.TEXT;
    }

    private static boolean isBlank(byte[] bytes) {
        int from = SourceFile.startsWithUtf8Bom(bytes) ? 3 : 0;
        for (int i = from; i < bytes.length; i++) {
            if (!Character.isWhitespace(bytes[i] & 0xFF)) return false;
        }
        return true;
    }

    /** NUL bytes in the first 8 KiB, outside UTF-16 text, mean the file is not text. */
    private static boolean looksBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return false;
        }
        int limit = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return true;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) control++;
        }
        return control > limit / 100 + 1;
    }
}
