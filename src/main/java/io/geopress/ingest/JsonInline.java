package io.geopress.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.geopress.model.Bilingual;
import io.geopress.model.Inline;
import io.geopress.text.Script;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Texts of a JSON line's blocks, in the form articles are stored in (docs/formats.md): a text is a string, or a list
 * of inline nodes, each a string or one of {@code {"strong": […]}} ({@code em}, {@code del}, {@code sub},
 * {@code sup}), {@code {"a": […], "href": "…", "title": "…"}}, {@code {"code": "…"}}, {@code {"br": true}},
 * {@code {"ref": "label"}}. A bad one is an {@link IllegalArgumentException} whose message names the field.
 */
final class JsonInline {
    private static final Map<String, Inline.Style> STYLES = Map.of("strong", Inline.Style.STRONG, "em",
            Inline.Style.EMPHASIS, "del", Inline.Style.STRIKE, "sub", Inline.Style.SUB, "sup", Inline.Style.SUP);
    private static final Set<String> KINDS = Set.of("strong", "em", "del", "sub", "sup", "a", "code", "br", "ref");

    private JsonInline() {}

    /**
     * A text in both languages: {@code {"zh": T, "en": T}} (either may be left out), or one text T that goes to the
     * language of its script; a text without words (a number) is the same in both. Null is no text.
     */
    static Bilingual bilingual(JsonNode value, String field) {
        if (value == null || value.isNull()) return Bilingual.EMPTY;
        if (value.isObject()) {
            Iterator<String> names = value.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!name.equals("zh") && !name.equals("en")) {
                    throw wrong(field + ": unknown field '" + name + "' (a text is zh and en)");
                }
            }
            return Bilingual.inline(text(value.get("zh"), field + ".zh"), text(value.get("en"), field + ".en"));
        }
        List<Inline> nodes = text(value, field);
        String plain = Inline.plain(nodes);
        if (Script.hasNoWords(plain)) return Bilingual.inline(nodes, nodes);
        return Bilingual.inline(Script.dominant(plain), nodes);
    }

    /** One language's text: a string or a list of inline nodes; null is no text. */
    static List<Inline> text(JsonNode value, String field) {
        if (value == null || value.isNull()) return List.of();
        if (value.isTextual()) return List.of(new Inline.Text(value.asText()));
        if (!value.isArray()) throw wrong(field + " is not a text or a list of inline nodes: " + FrontMatter.shown(value));
        List<Inline> nodes = new ArrayList<>(value.size());
        for (JsonNode node : value) nodes.add(node(node, field + "[" + (nodes.size() + 1) + "]"));
        return nodes;
    }

    private static Inline node(JsonNode node, String field) {
        if (node.isTextual()) return new Inline.Text(node.asText());
        if (!node.isObject()) throw wrong(field + " is not a text or an inline node: " + FrontMatter.shown(node));
        String kind = null;
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            boolean ofLink = name.equals("href") || name.equals("title");
            if (!KINDS.contains(name) && !ofLink) throw wrong(field + ": unknown inline node '" + name + "'");
            if (ofLink) continue;
            if (kind != null) throw wrong(field + ": one node is either '" + kind + "' or '" + name + "'");
            kind = name;
        }
        if (kind == null) throw wrong(field + ": an inline node needs a kind (" + String.join(", ", KINDS) + ")");
        if (!kind.equals("a") && (node.has("href") || node.has("title"))) {
            throw wrong(field + ": 'href' and 'title' belong to a link ('a')");
        }
        JsonNode value = node.get(kind);
        try {
            return switch (kind) {
                case "a" -> new Inline.Link(string(node.get("href"), field + ".href"),
                        node.has("title") ? string(node.get("title"), field + ".title") : null, children(value, field + ".a"));
                case "code" -> new Inline.Code(string(value, field + ".code"));
                case "ref" -> new Inline.NoteRef(value.isNumber() ? value.asText() : string(value, field + ".ref"));
                case "br" -> {
                    if (!value.isBoolean() || !value.booleanValue()) throw wrong(field + ".br is not true");
                    yield new Inline.Break();
                }
                default -> new Inline.Styled(STYLES.get(kind), children(value, field + "." + kind));
            };
        } catch (IllegalArgumentException e) {
            throw e.getMessage() != null && e.getMessage().startsWith(field) ? e
                    : wrong(field + " (" + kind + "): " + e.getMessage());
        }
    }

    private static List<Inline> children(JsonNode value, String field) {
        if (value == null || !value.isArray()) throw wrong(field + " is not a list of inline nodes");
        return text(value, field);
    }

    static String string(JsonNode value, String field) {
        if (value == null || value.isNull()) throw wrong(field + " is missing");
        if (!value.isTextual()) throw wrong(field + " is not a text: " + FrontMatter.shown(value));
        return value.asText();
    }

    private static IllegalArgumentException wrong(String what) {
        return new IllegalArgumentException(what);
    }
}
