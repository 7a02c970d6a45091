package io.geopress.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A Hugo site's configuration: one file beside {@code content/} ({@code hugo.toml}, {@code hugo.yaml},
 * {@code config.toml}, …) or the split form in {@code config/_default/}, where a top-level table may sit in a file of
 * its own ({@code languages.toml}, {@code permalinks.toml}: its keys are the table's).
 */
final class HugoConfig {
    private static final List<String> FILES = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "config.toml",
            "config.yaml", "config.yml", "config/_default/hugo.toml", "config/_default/hugo.yaml",
            "config/_default/hugo.yml", "config/_default/config.toml", "config/_default/config.yaml",
            "config/_default/config.yml");
    private static final ObjectMapper TOML = new TomlMapper();
    private static final ObjectMapper YAML = new YAMLMapper();

    private HugoConfig() {}

    /** The configuration file of the Hugo site in {@code siteDir}, or null when it has none. */
    static Path find(Path siteDir) {
        return first(siteDir, FILES);
    }

    /** The split configuration's file of one top-level table ({@code languages}, {@code permalinks}), or null. */
    static Path tableFile(Path siteDir, String table) {
        return first(siteDir, List.of("config/_default/" + table + ".toml", "config/_default/" + table + ".yaml",
                "config/_default/" + table + ".yml"));
    }

    /** The file's settings as a tree (an empty object for an empty file); TOML or YAML by its name. */
    static JsonNode read(Path config) throws IOException {
        JsonNode root = (config.getFileName().toString().endsWith(".toml") ? TOML : YAML).readTree(Files.readString(config));
        return root == null || root.isMissingNode() ? TOML.createObjectNode() : root;
    }

    /** An empty settings tree. */
    static ObjectNode empty() {
        return TOML.createObjectNode();
    }

    private static Path first(Path siteDir, List<String> names) {
        for (String name : names) {
            Path file = siteDir.resolve(name);
            if (Files.isRegularFile(file)) return file;
        }
        return null;
    }
}
