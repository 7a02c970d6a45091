package io.geopress.measure.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The part of the schema.org vocabulary geopress writes: each type with the types it is a subclass of, each property
 * with the types it may be used on (its {@code schema:domainIncludes}). Read from the resource {@link #RESOURCE},
 * which is taken from the vocabulary (CC BY-SA 3.0; its notice is beside it) and checked against it by a test.
 */
final class Vocabulary {
    static final String RESOURCE = "/schema/schema-org-emitted.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** For each type, itself and every type it is a subclass of. */
    private final Map<String, Set<String>> types;
    /** For each property, the types it may be used on. */
    private final Map<String, Set<String>> domains;

    Vocabulary(Map<String, Set<String>> types, Map<String, Set<String>> domains) {
        this.types = types;
        this.domains = domains;
    }

    static Vocabulary bundled() {
        try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " missing from the jar");
            JsonNode root = MAPPER.readTree(in);
            return new Vocabulary(sets(root.path("types")), sets(root.path("properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Set<String>> types() {
        return types;
    }

    Map<String, Set<String>> domains() {
        return domains;
    }

    /** What a JSON-LD document names and which of it the vocabulary does not allow. */
    record Findings(int nodes, Set<String> typesSeen, List<String> problems) {}

    /**
     * Checks every node of {@code jsonLd} that has a {@code @type}: the type must be known, and each of its properties
     * known and allowed on the type or one of its superclasses.
     */
    Findings check(JsonNode jsonLd) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        int[] nodes = {0};
        walk(jsonLd, problems, seen, nodes);
        return new Findings(nodes[0], seen, problems);
    }

    private void walk(JsonNode node, List<String> problems, Set<String> seen, int[] nodes) {
        if (node.isArray()) {
            for (JsonNode item : node) walk(item, problems, seen, nodes);
            return;
        }
        if (!node.isObject()) return;
        JsonNode type = node.get("@type");
        if (type != null) {
            nodes[0]++;
            Set<String> ancestors = new TreeSet<>();
            for (String t : names(type)) {
                seen.add(t);
                Set<String> known = types.get(t);
                if (known == null) problems.add("type " + t + " is not in the vocabulary");
                else ancestors.addAll(known);
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String property = it.next();
                if (property.startsWith("@")) continue;
                Set<String> allowed = domains.get(property);
                if (allowed == null) problems.add("property " + property + " is not in the vocabulary");
                else if (!ancestors.isEmpty() && allowed.stream().noneMatch(ancestors::contains)) {
                    problems.add("property " + property + " is not allowed on " + String.join("/", names(type)));
                }
            }
        }
        for (JsonNode child : node) walk(child, problems, seen, nodes);
    }

    private static List<String> names(JsonNode type) {
        List<String> names = new ArrayList<>();
        if (type.isArray()) type.forEach(t -> names.add(t.asText()));
        else names.add(type.asText());
        return names;
    }

    private static Map<String, Set<String>> sets(JsonNode object) {
        Map<String, Set<String>> out = new HashMap<>();
        object.fields().forEachRemaining(e -> {
            Set<String> values = new TreeSet<>();
            e.getValue().forEach(v -> values.add(v.asText()));
            out.put(e.getKey(), values);
        });
        return out;
    }
}
