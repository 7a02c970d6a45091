package io.geopress.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's TOML front matter (between {@code +++} lines). TOML is read whole, so a key's line is found by its
 * {@code key =} or {@code [key]} line, for messages that name it.
 */
final class TomlFrontMatter {
    private static final TomlMapper TOML = new TomlMapper();
    private static final Pattern KEY = Pattern.compile("^\\s*(?:\\[\\s*([A-Za-z0-9_-]+)\\s*]|\"?([A-Za-z0-9_-]+)\"?\\s*=)");

    private TomlFrontMatter() {}

    /** {@code text} is what stands between the two {@code +++} lines, which start on the file's line 2. */
    static Keys read(String text, SourceFile file) {
        JsonNode root;
        try {
            root = TOML.readTree(text);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1;
            throw new ImportException(file.at(line), "front matter is not valid TOML: " + Keys.briefly(e.getOriginalMessage()));
        }
        Map<String, Integer> lines = new LinkedHashMap<>();
        String[] rows = text.split("\\R", -1);
        for (int i = 0; i < rows.length; i++) {
            Matcher m = KEY.matcher(rows[i]);
            if (m.find()) lines.putIfAbsent(m.group(1) != null ? m.group(1) : m.group(2), i + 2);
        }
        Map<String, JsonNode> values = new LinkedHashMap<>();
        if (root != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                values.put(e.getKey(), e.getValue());
            }
        }
        return new Keys(values, lines, file, file.name(), "front matter key");
    }
}
