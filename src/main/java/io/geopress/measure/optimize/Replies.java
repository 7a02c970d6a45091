package io.geopress.measure.optimize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A model's reply read as the JSON object it was asked for; a Markdown code fence around it is tolerated. */
final class Replies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Replies() {}

    static JsonNode object(String reply) {
        String text = reply.strip();
        if (text.startsWith("```")) text = text.replaceFirst("^```[a-zA-Z]*\\s*", "").replaceFirst("\\s*```$", "");
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) throw new IllegalArgumentException("the reply is not a JSON object");
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the reply is not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }
}
