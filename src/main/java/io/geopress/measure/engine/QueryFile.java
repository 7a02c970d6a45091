package io.geopress.measure.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.geopress.model.Lang;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A queries file: JSON Lines of {@code {"id", "query", "lang"?, "target"?}}, blank lines allowed. A bad line, a
 * missing field or a repeated id stops the reading with one line naming the file and line.
 */
public final class QueryFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private QueryFile() {}

    public static List<Query> read(Path file) {
        List<Query> queries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) continue;
                String where = file + ":" + number;
                Query query = parse(line, where);
                Integer before = seen.putIfAbsent(query.id(), number);
                if (before != null) {
                    throw new SimulationException(where + ": id '" + query.id() + "' is already used on line " + before);
                }
                queries.add(query);
            }
        } catch (IOException e) {
            throw new SimulationException(file + ": cannot read the queries: " + e.getMessage());
        }
        if (queries.isEmpty()) throw new SimulationException(file + ": no queries");
        return List.copyOf(queries);
    }

    private static Query parse(String line, String where) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new SimulationException(where + ": not a JSON object: " + e.getOriginalMessage());
        }
        if (!node.isObject()) throw new SimulationException(where + ": not a JSON object");
        String id = text(node, "id", where, true);
        String query = text(node, "query", where, true);
        String lang = text(node, "lang", where, false);
        Lang parsed = lang == null ? null : Lang.ofCode(lang);
        if (lang != null && parsed == null) throw new SimulationException(where + ": lang must be \"zh\" or \"en\", not \"" + lang + "\"");
        return new Query(id, query, parsed, text(node, "target", where, false));
    }

    private static String text(JsonNode node, String field, String where, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) throw new SimulationException(where + ": missing field \"" + field + "\"");
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new SimulationException(where + ": field \"" + field + "\" must be a non-empty string");
        }
        return value.asText().strip();
    }

    /** A hash of the queries (ids, texts, languages and targets, in order): equal for the same query set. */
    public static String hash(List<Query> queries) {
        StringBuilder text = new StringBuilder();
        for (Query q : queries) {
            text.append(q.id()).append('\u0000').append(q.query()).append('\u0000').append(q.lang() == null ? "" : q.lang().code())
                    .append('\u0000').append(q.target() == null ? "" : q.target()).append('\n');
        }
        return Hashes.sha256(text.toString());
    }
}
