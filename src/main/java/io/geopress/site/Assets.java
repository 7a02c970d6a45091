package io.geopress.site;

import io.geopress.model.GeopressException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The style sheet and the scripts pages link to, from the jar, each written under {@code assets/} with a hash of its
 * content in its name ({@code site.0123456789.css}): a browser may keep it for good, since other content gets
 * another name. Pages load scripts from these files only, so that the site's Content-Security-Policy can forbid
 * inline scripts.
 */
final class Assets {
    static final String FOLDER = "assets/";
    static final String CSS = "site.css";
    static final String SCRIPT = "site.js";
    static final String SEARCH_SCRIPT = "search.js";
    private static final List<String> BUNDLED = List.of(CSS, SCRIPT, SEARCH_SCRIPT);

    /** For each bundled file, its name in the build. */
    private final Map<String, String> names;
    /** For each name in the build, the text written there; empty for a build already written. */
    private final Map<String, String> texts;

    private Assets(Map<String, String> names, Map<String, String> texts) {
        this.names = names;
        this.texts = texts;
    }

    /** The files of this geopress, to write into a build. */
    static Assets bundled() throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String file : BUNDLED) {
            try (InputStream in = Assets.class.getResourceAsStream("/site/" + file)) {
                if (in == null) throw new IOException(file + " missing from the jar");
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int dot = file.lastIndexOf('.');
                String name = file.substring(0, dot) + "." + BuildFolder.key(text).substring(0, 10) + file.substring(dot);
                names.put(file, name);
                texts.put(name, text);
            }
        }
        return new Assets(names, texts);
    }

    /** The files a build wrote: their names looked up in its {@code assets/} folder. */
    static Assets in(Path build) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String file : BUNDLED) {
            int dot = file.lastIndexOf('.');
            String pattern = file.substring(0, dot) + ".*" + file.substring(dot);
            try (DirectoryStream<Path> found = Files.newDirectoryStream(build.resolve(FOLDER), pattern)) {
                for (Path path : found) names.put(file, path.getFileName().toString());
            } catch (NoSuchFileException e) {
                // reported below
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!names.containsKey(file)) throw new GeopressException(build + ": no " + pattern + " in " + FOLDER + "; build the site again");
        }
        return new Assets(names, Map.of());
    }

    /** The site-relative address of a bundled file ({@link #CSS}, {@link #SCRIPT}, …) on a site under {@code basePath}. */
    String link(String basePath, String file) {
        return basePath + FOLDER + names.get(file);
    }

    /** The texts of the files, which a build's fingerprint includes. */
    List<String> texts() {
        return new ArrayList<>(texts.values());
    }

    void writeInto(BuildFolder folder) {
        texts.forEach((name, text) -> folder.writeUnlessSame(FOLDER + name, name, text));
    }
}
