package io.geopress.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a build wrote and from what, kept in the build folder so that the next build can take every file whose
 * inputs did not change from this one. A file's key names its inputs (an article's revision and dates, or a hash
 * of the values its template was given); the fingerprint names what every file depends on (the settings, the
 * templates, the style sheet, the geopress version), and a build with another fingerprint starts afresh.
 *
 * @param files key of every file but the articles', by its path in the build
 * @param articles key of every article's files (page, Markdown twin, QR code), by slug
 * @param parts where each article's part lies in a concatenated file (llms-full.txt, search.json), by file and slug
 */
record BuildManifest(String fingerprint, Map<String, String> files, Map<String, String> articles,
        Map<String, Map<String, Part>> parts) {
    static final String FILE = ".manifest";
    private static final String HEADER = "geopress build manifest 2";

    /** A byte range of a concatenated file. */
    record Part(long offset, long length) {}

    /** The manifest of the build in {@code folder}, if it has a readable one. */
    static Optional<BuildManifest> read(Path folder) {
        try {
            // read whole and cut by hand: a reader and String.split cost a rebuild a tenth of a second
            String text = new String(Files.readAllBytes(folder.resolve(FILE)), StandardCharsets.UTF_8);
            if (!text.startsWith(HEADER + "\n") || !text.endsWith("\n")) return Optional.empty(); // or cut short
            String fingerprint = null;
            Map<String, String> files = new HashMap<>();
            Map<String, String> articles = new HashMap<>(16_384);
            Map<String, Map<String, Part>> parts = new HashMap<>();
            String[] f = new String[5];
            for (int at = HEADER.length() + 1, end; at < text.length(); at = end + 1) {
                end = text.indexOf('\n', at);
                int n = fields(text, at, end, f);
                switch (n + f[0]) {
                    case "2fingerprint" -> fingerprint = f[1];
                    case "3file" -> files.put(f[2], f[1]);
                    case "3article" -> articles.put(f[2], f[1]);
                    case "5part" -> parts.computeIfAbsent(f[1], k -> new HashMap<>())
                            .put(f[2], new Part(Long.parseLong(f[3]), Long.parseLong(f[4])));
                    default -> {
                        return Optional.empty(); // written by another version: rebuild everything
                    }
                }
            }
            return fingerprint == null ? Optional.empty() : Optional.of(new BuildManifest(fingerprint, files, articles, parts));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable or cut short: a full build replaces it
        }
    }

    /**
     * Puts the tab-separated fields of the line {@code text[from, to)} into {@code into} and returns how many
     * there are, or more than {@code into} holds when there are more.
     */
    private static int fields(String text, int from, int to, String[] into) {
        int count = 0;
        for (int at = from; ; at++) {
            int tab = text.indexOf('\t', at);
            if (tab < 0 || tab > to) tab = to;
            if (count == into.length) return count + 1;
            into[count++] = text.substring(at, tab);
            if (tab == to) return count;
            at = tab;
        }
    }

    void write(Path folder) throws IOException {
        StringBuilder out = new StringBuilder(64 * (files.size() + articles.size() + 2 * articles.size()));
        out.append(HEADER).append("\nfingerprint\t").append(fingerprint).append('\n');
        files.forEach((path, key) -> out.append("file\t").append(key).append('\t').append(path).append('\n'));
        articles.forEach((slug, key) -> out.append("article\t").append(key).append('\t').append(slug).append('\n'));
        parts.forEach((name, byslug) -> byslug.forEach((slug, part) -> out.append("part\t").append(name).append('\t')
                .append(slug).append('\t').append(part.offset()).append('\t').append(part.length()).append('\n')));
        Files.write(folder.resolve(FILE), out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
