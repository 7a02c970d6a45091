package io.geopress.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * The top-level keys of a front matter block or of one JSON line, each with the file line it was written on, so
 * that an error can name the file, the line and the key.
 *
 * @param origin where the whole record is: the file for Markdown, {@code FILE:LINE} for a JSON line
 * @param label how messages call a key: {@code front matter key} or {@code key}
 */
record Keys(Map<String, JsonNode> values, Map<String, Integer> lines, SourceFile file, String origin, String label) {

    /**
     * Reads the object the parser stands on (its {@code START_OBJECT}) key by key.
     *
     * @param lineOf maps the parser's line (1-based) to the file's line
     */
    static Keys read(JsonParser parser, ObjectMapper mapper, SourceFile file, String origin, String label,
            IntUnaryOperator lineOf) throws IOException {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int line = lineOf.applyAsInt(parser.currentTokenLocation().getLineNr());
            parser.nextToken();
            JsonNode value = mapper.readTree(parser);
            if (values.containsKey(key)) {
                throw new ImportException(file.at(line), label + " '" + key + "': given twice (first on line "
                        + lines.get(key) + ")");
            }
            values.put(key, value);
            lines.put(key, line);
        }
        return new Keys(values, lines, file, origin, label);
    }

    static Keys empty(SourceFile file, String label) {
        return new Keys(Map.of(), Map.of(), file, file.name(), label);
    }

    /** The value of a key, or null when it is absent or null. */
    JsonNode get(String key) {
        JsonNode value = values.get(key);
        return value == null || value.isNull() || value.isMissingNode() ? null : value;
    }

    boolean has(String key) {
        return get(key) != null;
    }

    /** The file and line of a key when known, else the record's origin. */
    String where(String key) {
        Integer line = lines.get(key);
        return line == null ? origin : file.at(line);
    }

    ImportException wrong(String key, String what) {
        return new ImportException(where(key), label + " '" + key + "': " + what);
    }

    /** A parser's message on one short line, without Jackson's description of the input source. */
    static String briefly(String message) {
        String m = message == null ? "" : message.strip();
        int cut = m.indexOf('\n');
        if (cut >= 0) m = m.substring(0, cut);
        cut = m.indexOf("[Source:");
        if (cut >= 0) m = m.substring(0, cut).replaceFirst("\\s*\\([^()]*$", "");
        m = m.strip();
        return m.length() <= 160 ? m : m.substring(0, 160) + "…";
    }
}
