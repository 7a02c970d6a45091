package io.geopress.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Hugo sites an import reads files of, each read once: the folder holding a {@code content} folder, and the
 * {@code permalinks} of its configuration ({@code hugo.toml}, {@code hugo.yaml}, {@code config.toml}, … beside
 * {@code content/}, or in {@code config/_default/}).
 */
final class HugoSites {
    /**
     * A Hugo site.
     *
     * @param content its {@code content} folder
     * @param permalinks the URL pattern of each top-level section's pages, e.g. {@code posts} →
     *     {@code /:year/:month/:slug/}
     * @param config the file they were read from, or null when there is none
     */
    record Site(Path content, Map<String, String> permalinks, String config) {}

    private final Map<Path, Site> sites = new ConcurrentHashMap<>();

    /** The Hugo site {@code file} belongs to (the nearest {@code content} folder above it), or null. */
    Site of(Path file) {
        for (Path p = file.toAbsolutePath().normalize().getParent(); p != null && p.getParent() != null; p = p.getParent()) {
            if (p.getFileName().toString().equals("content")) return sites.computeIfAbsent(p, HugoSites::read);
        }
        return null;
    }

    private static Site read(Path content) {
        Path split = HugoConfig.tableFile(content.getParent(), "permalinks");
        if (split != null) return new Site(content, permalinks(split, true), split.toString());
        Path config = HugoConfig.find(content.getParent());
        return config == null ? new Site(content, Map.of(), null) : new Site(content, permalinks(config, false), config.toString());
    }

    /**
     * {@code [permalinks] posts = "…"}, and Hugo's newer {@code [permalinks.page] posts = "…"}; in a file of its own
     * ({@code whole}), the table is the file.
     */
    private static Map<String, String> permalinks(Path config, boolean whole) {
        JsonNode root;
        try {
            root = HugoConfig.read(config);
        } catch (JacksonException e) {
            throw new ImportException(config.toString(), "the Hugo configuration cannot be read: " + Keys.briefly(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ImportException(config.toString(), "cannot read: " + e.getMessage(), e);
        }
        JsonNode permalinks = whole ? root : root.get("permalinks");
        Map<String, String> patterns = new LinkedHashMap<>();
        if (permalinks == null || !permalinks.isObject()) return patterns;
        patterns.putAll(texts(permalinks));
        if (permalinks.get("page") != null && permalinks.get("page").isObject()) patterns.putAll(texts(permalinks.get("page")));
        return patterns;
    }

    private static Map<String, String> texts(JsonNode object) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isTextual()) texts.put(e.getKey(), e.getValue().asText());
        }
        return texts;
    }
}
