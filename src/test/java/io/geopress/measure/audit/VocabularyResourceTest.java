package io.geopress.measure.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The bundled part of schema.org is what the full vocabulary says of the same types and properties. */
class VocabularyResourceTest {
    private static final Path VOCABULARY = Path.of("..", "shared", "data", "schemaorg-current-https.jsonld");

    @Test
    void theBundledTypesAndPropertiesMatchTheVocabularyFile() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(VOCABULARY),
                "SKIPPED: ../shared/data/schemaorg-current-https.jsonld is absent; place ../shared/data/ beside the repository");
        Map<String, JsonNode> terms = new HashMap<>();
        for (JsonNode term : new ObjectMapper().readTree(VOCABULARY.toFile()).path("@graph")) terms.put(term.path("@id").asText(), term);
        Vocabulary bundled = Vocabulary.bundled();

        assertThat(bundled.types()).isNotEmpty();
        bundled.types().forEach((type, ancestors) -> {
            assertThat(terms.get("schema:" + type)).as(type).isNotNull();
            assertThat(terms.get("schema:" + type).path("@type").asText()).as(type).isEqualTo("rdfs:Class");
            assertThat(ancestors).as(type).isEqualTo(ancestors(type, terms));
        });
        bundled.domains().forEach((property, domains) -> {
            JsonNode term = terms.get("schema:" + property);
            assertThat(term).as(property).isNotNull();
            assertThat(term.path("@type").asText()).as(property).isEqualTo("rdf:Property");
            assertThat(domains).as(property).isEqualTo(ids(term.path("schema:domainIncludes")));
        });
    }

    @Test
    void theLicenceNoticeIsBesideTheResource() throws IOException {
        try (InputStream in = Vocabulary.class.getResourceAsStream("/schema/schema-org-NOTICE.txt")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("CC BY-SA 3.0", "schema.org", "release 30.0");
        }
    }

    private static Set<String> ancestors(String type, Map<String, JsonNode> terms) {
        Set<String> found = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(Set.of(type));
        while (!todo.isEmpty()) {
            String t = todo.pop();
            if (!found.add(t)) continue;
            todo.addAll(ids(terms.get("schema:" + t).path("rdfs:subClassOf")));
        }
        return found;
    }

    private static Set<String> ids(JsonNode node) {
        Set<String> ids = new TreeSet<>();
        if (node.isObject()) node = new ObjectMapper().createArrayNode().add(node);
        for (JsonNode n : node) {
            String id = n.path("@id").asText();
            if (id.startsWith("schema:")) ids.add(id.substring("schema:".length()));
        }
        return ids;
    }
}
