package io.geopress.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What a build wrote and from what, kept in the build folder so that the next build can take every file whose
 * inputs did not change from this one. A file's key names its inputs (an article's revision and dates, or a hash
 * of the values its template was given); the fingerprint names what every file depends on (the settings, the
 * templates, the style sheet, the geopress version), and a build with another fingerprint starts afresh.
 *
 * @param files key of every file but the articles', by its path in the build
 * @param articles key of every article's files (page, Markdown twin), by slug
 * @param parts where each article's part lies in a concatenated file (llms-full.txt, search.json, llms.txt,
 *     sitemap.xml), by file and slug
 */
record BuildManifest(String fingerprint, Map<String, String> files, Map<String, String> articles,
        Map<String, Map<String, Part>> parts) {
    static final String FILE = ".manifest";
    private static final String HEADER = "geopress build manifest 3";

    /** A byte range of a concatenated file. */
    record Part(long offset, long length) {}

    /** The manifest of the build in {@code folder}, if it has a readable one. */
    static Optional<BuildManifest> read(Path folder) {
        try {
            // read whole and cut by hand: a reader and String.split cost a rebuild a tenth of a second
            String text = new String(Files.readAllBytes(folder.resolve(FILE)), StandardCharsets.UTF_8);
            if (!text.startsWith(HEADER + "\n") || !text.endsWith("\n")) return Optional.empty(); // or cut short
            String fingerprint = null;
            List<String> names = List.of();
            Map<String, String> files = new HashMap<>();
            Map<String, String> articles = new HashMap<>(16_384);
            Map<String, Map<String, Part>> parts = new HashMap<>();
            for (Line line = new Line(text, HEADER.length() + 1); line.next(); ) {
                switch (line.field()) {
                    case "fingerprint" -> fingerprint = line.field();
                    case "concatenated" -> {
                        names = new ArrayList<>();
                        while (!line.atEnd()) names.add(line.field());
                        names.forEach(name -> parts.put(name, new HashMap<>(16_384)));
                    }
                    case "file" -> {
                        String key = line.field();
                        files.put(line.field(), key);
                    }
                    case "article" -> {
                        String key = line.field();
                        String slug = line.field();
                        articles.put(slug, key);
                        for (String name : names) {
                            if (!line.dash()) parts.get(name).put(slug, new Part(line.number(), line.number()));
                        }
                    }
                    case "part" -> parts.computeIfAbsent(line.field(), k -> new HashMap<>())
                            .put(line.field(), new Part(line.number(), line.number()));
                    default -> {
                        return Optional.empty(); // written by another version: rebuild everything
                    }
                }
                if (!line.atEnd()) return Optional.empty();
            }
            return fingerprint == null ? Optional.empty() : Optional.of(new BuildManifest(fingerprint, files, articles, parts));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable or cut short: a full build replaces it
        }
    }

    /**
     * One article per line, with where its part lies in each concatenated file, so that a manifest of 10,000
     * articles has about 12,000 lines rather than one per part.
     */
    void write(Path folder) throws IOException {
        List<String> names = new ArrayList<>(new TreeSet<>(parts.keySet()));
        StringBuilder out = new StringBuilder(64 * files.size() + (64 + 24 * names.size()) * articles.size() + 64);
        out.append(HEADER).append("\nfingerprint\t").append(fingerprint).append("\nconcatenated");
        names.forEach(name -> out.append('\t').append(name));
        out.append('\n');
        files.forEach((path, key) -> out.append("file\t").append(key).append('\t').append(path).append('\n'));
        articles.forEach((slug, key) -> {
            out.append("article\t").append(key).append('\t').append(slug);
            for (String name : names) {
                Part part = parts.get(name).get(slug);
                if (part == null) out.append("\t-");
                else out.append('\t').append(part.offset()).append('\t').append(part.length());
            }
            out.append('\n');
        });
        parts.forEach((name, byslug) -> byslug.forEach((slug, part) -> {
            if (!articles.containsKey(slug)) {
                out.append("part\t").append(name).append('\t').append(slug).append('\t').append(part.offset())
                        .append('\t').append(part.length()).append('\n');
            }
        }));
        Files.write(folder.resolve(FILE), out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The tab-separated fields of the manifest's lines, read in order without cutting the text into lines. */
    private static final class Line {
        private final String text;
        private int at;
        private int end;

        Line(String text, int from) {
            this.text = text;
            this.end = from - 1;
        }

        /** Moves to the next line; false at the end of the text. */
        boolean next() {
            at = end + 1;
            if (at >= text.length()) return false;
            end = text.indexOf('\n', at);
            return true;
        }

        boolean atEnd() {
            return at > end;
        }

        String field() {
            if (atEnd()) throw new IllegalStateException("missing field");
            int tab = text.indexOf('\t', at);
            if (tab < 0 || tab > end) tab = end;
            String field = text.substring(at, tab);
            at = tab + 1;
            return field;
        }

        /** A field of digits, parsed where it lies. */
        long number() {
            long value = 0;
            int start = at;
            for (char c; at < end && (c = text.charAt(at)) != '\t'; at++) {
                if (c < '0' || c > '9' || at - start > 17) throw new NumberFormatException("not a part's offset or length");
                value = value * 10 + (c - '0');
            }
            if (at == start) throw new NumberFormatException("missing number");
            at++;
            return value;
        }

        /** Skips a field that is "-" (no part), or returns false. */
        boolean dash() {
            if (at < end && text.charAt(at) == '-' && (at + 1 == end || text.charAt(at + 1) == '\t')) {
                at += 2;
                return true;
            }
            return false;
        }
    }
}
