package io.geopress.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page describes in its {@code <script type="application/ld+json">} blocks, found at
 * the top level, in arrays or in an {@code @graph}; references by {@code @id} are followed.
 */
final class JsonLd {
    private static final ObjectReader JSON = new ObjectMapper().reader();
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "BlogPosting",
            "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "TechArticle",
            "ScholarlyArticle", "LiveBlogPosting", "Report");

    private final JsonNode article;
    private final Map<String, JsonNode> byId;

    private JsonLd(JsonNode article, Map<String, JsonNode> byId) {
        this.article = article;
        this.byId = byId;
    }

    /** @param problems receives a sentence for each block that is not JSON */
    static JsonLd read(Document doc, List<String> problems) {
        List<JsonNode> nodes = new ArrayList<>();
        int n = 0;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            n++;
            try {
                flatten(JSON.readTree(script.data()), nodes);
            } catch (JsonProcessingException e) {
                problems.add("JSON-LD block " + n + " is not valid JSON and was ignored");
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode node : nodes) {
            if (node.hasNonNull("@id") && node.size() > 1) byId.putIfAbsent(node.get("@id").asText(), node);
        }
        JsonNode article = nodes.stream().filter(JsonLd::isArticle).findFirst().orElse(null);
        return new JsonLd(article, byId);
    }

    private static void flatten(JsonNode node, List<JsonNode> into) {
        if (node == null) return;
        if (node.isArray()) {
            node.forEach(child -> flatten(child, into));
        } else if (node.isObject()) {
            into.add(node);
            flatten(node.get("@graph"), into);
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) return false;
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText())) return true;
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText());
    }

    String headline() {
        String headline = text(article, "headline");
        return headline != null ? headline : text(article, "name");
    }

    /** The article's text as the page gives it to machines (some give it with markup, some cut short). */
    String articleBody() {
        return text(article, "articleBody");
    }

    String datePublished() {
        return text(article, "datePublished");
    }

    String publisher() {
        return text(resolve(field(article, "publisher")), "name");
    }

    /** Authors' names joined by commas: an author may be a name, a Person, a reference or a list of them. */
    String author() {
        JsonNode author = field(article, "author");
        if (author == null) return null;
        List<JsonNode> all = new ArrayList<>();
        if (author.isArray()) author.forEach(all::add);
        else all.add(author);
        String names = all.stream()
                .map(a -> a.isTextual() ? a.asText() : text(resolve(a), "name"))
                .filter(s -> s != null && !s.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? null : names;
    }

    /** Keywords as given: one comma-separated string, or a list. */
    List<String> keywords() {
        JsonNode keywords = field(article, "keywords");
        List<String> out = new ArrayList<>();
        if (keywords == null) return out;
        if (keywords.isArray()) keywords.forEach(k -> out.add(k.asText()));
        else if (keywords.isTextual()) out.add(keywords.asText());
        return out;
    }

    private JsonNode resolve(JsonNode node) {
        if (node != null && node.isArray() && !node.isEmpty()) node = node.get(0);
        if (node != null && node.isObject() && node.hasNonNull("@id") && !node.has("name")) {
            return byId.getOrDefault(node.get("@id").asText(), node);
        }
        return node;
    }

    private static JsonNode field(JsonNode node, String name) {
        return node == null || !node.isObject() ? null : node.get(name);
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (value != null && value.isArray() && !value.isEmpty()) value = value.get(0);
        return value != null && value.isValueNode() && !value.asText().isBlank() ? value.asText().strip() : null;
    }
}
