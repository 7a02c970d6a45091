package io.geopress.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.geopress.enrich.EnrichOptions;
import io.geopress.model.GeopressException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Reads the {@code enrich:} section of geopress.yml: the summary's limits, the site's glossary, the model's reply limit. */
final class EnrichSection {
    private static final Set<String> KEYS = Set.of("summary_words", "summary_hanzi", "glossary", "max_reply_tokens");

    private EnrichSection() {}

    static EnrichOptions read(JsonNode node, String file) {
        EnrichOptions d = EnrichOptions.DEFAULT;
        if (!Sections.given(node, "enrich", KEYS, file, "{summary_words: 60}")) return d;
        return new EnrichOptions(whole(node, "summary_words", 10, d.summaryWords(), file),
                whole(node, "summary_hanzi", 20, d.summaryHanzi(), file), glossary(node.get("glossary"), file), 0, false,
                whole(node, "max_reply_tokens", 1024, d.maxReplyTokens(), file));
    }

    private static int whole(JsonNode node, String key, int min, int fallback, String file) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) return fallback;
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < min) {
            throw new GeopressException(file + ": key 'enrich." + key + "': expected a whole number of at least " + min + ", got '" + value.asText() + "'");
        }
        return value.asInt();
    }

    /** Terms and their fixed translations, either way: {@code {人工智能: artificial intelligence, GEO: 生成式引擎优化}}. */
    private static Map<String, String> glossary(JsonNode node, String file) {
        if (node == null || node.isNull()) return Map.of();
        if (!node.isObject()) throw new GeopressException(file + ": key 'enrich.glossary': expected a mapping of term: translation");
        Map<String, String> glossary = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual() || e.getValue().asText().isBlank() || e.getKey().isBlank()) {
                throw new GeopressException(file + ": key 'enrich.glossary." + e.getKey() + "': expected a translation as text");
            }
            glossary.put(e.getKey().strip(), e.getValue().asText().strip());
        }
        return glossary;
    }
}
