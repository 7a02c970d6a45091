package io.geopress.enrich;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** The few JSON shapes the steps ask models for, checked field by field; each failure names the field. */
final class JsonShape {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonShape() {}

    /** The reply as a JSON object; a Markdown code fence around it is tolerated (models add one in JSON mode too). */
    static JsonNode object(String reply) throws InvalidReply {
        String text = reply.strip();
        if (text.startsWith("```")) text = text.replaceFirst("^```[a-zA-Z]*\\s*", "").replaceFirst("\\s*```$", "");
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) throw new InvalidReply("the reply is not a JSON object");
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidReply("the reply is not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    static JsonNode field(JsonNode node, String name) throws InvalidReply {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) throw new InvalidReply("field \"" + name + "\" is missing");
        return value;
    }

    static JsonNode objectField(JsonNode node, String name) throws InvalidReply {
        JsonNode value = field(node, name);
        if (!value.isObject()) throw new InvalidReply("field \"" + name + "\" must be an object");
        return value;
    }

    /** A string field that is not blank. */
    static String text(JsonNode node, String name) throws InvalidReply {
        JsonNode value = field(node, name);
        if (!value.isTextual() || value.asText().isBlank()) throw new InvalidReply("field \"" + name + "\" must be a non-empty string");
        return value.asText().strip();
    }

    static List<JsonNode> array(JsonNode node, String name, int min, int max) throws InvalidReply {
        JsonNode value = field(node, name);
        if (!value.isArray()) throw new InvalidReply("field \"" + name + "\" must be an array");
        if (value.size() < min || value.size() > max) {
            throw new InvalidReply("field \"" + name + "\" must hold " + min + " to " + max + " entries, not " + value.size());
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    static List<String> strings(JsonNode node, String name, int min, int max) throws InvalidReply {
        List<String> out = new ArrayList<>();
        for (JsonNode item : array(node, name, min, max)) {
            if (!item.isTextual() || item.asText().isBlank()) throw new InvalidReply("\"" + name + "\" must hold non-empty strings");
            out.add(item.asText().strip());
        }
        return out;
    }

    /** Whole numbers from {@code low} to {@code high}. */
    static List<Integer> numbers(JsonNode node, String name, int low, int high) throws InvalidReply {
        List<Integer> out = new ArrayList<>();
        for (JsonNode item : array(node, name, 1, Integer.MAX_VALUE)) {
            if (!item.canConvertToInt() || !item.isIntegralNumber() || item.asInt() < low || item.asInt() > high) {
                throw new InvalidReply("\"" + name + "\" must hold block numbers from " + low + " to " + high + ", not " + item);
            }
            out.add(item.asInt());
        }
        return out;
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
