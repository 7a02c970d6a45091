package io.geopress.site;

import java.io.BufferedReader;
import java.io.BufferedWriter;
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
        try (BufferedReader in = Files.newBufferedReader(folder.resolve(FILE), StandardCharsets.UTF_8)) {
            if (!HEADER.equals(in.readLine())) return Optional.empty();
            String fingerprint = null;
            Map<String, String> files = new HashMap<>();
            Map<String, String> articles = new HashMap<>();
            Map<String, Map<String, Part>> parts = new HashMap<>();
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split("\t");
                switch (f[0]) {
                    case "fingerprint" -> fingerprint = f[1];
                    case "file" -> files.put(f[2], f[1]);
                    case "article" -> articles.put(f[2], f[1]);
                    case "part" -> parts.computeIfAbsent(f[1], k -> new HashMap<>())
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

    void write(Path folder) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8)) {
            out.write(HEADER + "\nfingerprint\t" + fingerprint + "\n");
            for (Map.Entry<String, String> file : files.entrySet()) {
                out.write("file\t" + file.getValue() + "\t" + file.getKey() + "\n");
            }
            for (Map.Entry<String, String> article : articles.entrySet()) {
                out.write("article\t" + article.getValue() + "\t" + article.getKey() + "\n");
            }
            for (Map.Entry<String, Map<String, Part>> concatenated : parts.entrySet()) {
                for (Map.Entry<String, Part> part : concatenated.getValue().entrySet()) {
                    out.write("part\t" + concatenated.getKey() + "\t" + part.getKey() + "\t" + part.getValue().offset()
                            + "\t" + part.getValue().length() + "\n");
                }
            }
        }
    }
}
