package io.geopress.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.geopress.model.Inline;
import io.geopress.model.LinkTarget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Inline nodes as stored (and as JSON Lines give them, docs/formats.md): a text is a JSON string; a style is
 * {@code {"strong": [...]}} ({@code em}, {@code del}, {@code sub}, {@code sup}); a link {@code {"a": [...], "href":
 * "…", "title": "…"}}; code {@code {"code": "…"}}; a line break {@code {"br": true}}; a footnote reference
 * {@code {"ref": "label"}}.
 */
final class InlineJson {
    private InlineJson() {}

    static final class Writer extends StdSerializer<List<Inline>> {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Writer() {
            super((Class<List<Inline>>) (Class) List.class);
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, List<Inline> value) {
            return value == null || value.isEmpty();
        }

        @Override
        public void serialize(List<Inline> nodes, JsonGenerator g, SerializerProvider provider) throws IOException {
            write(nodes, g);
        }
    }

    static void write(List<Inline> nodes, JsonGenerator g) throws IOException {
        g.writeStartArray();
        for (Inline node : nodes) {
            if (node instanceof Inline.Text t) {
                g.writeString(t.text());
                continue;
            }
            g.writeStartObject(); // keys in alphabetical order, as the rest of a stored article
            if (node instanceof Inline.Styled s) {
                g.writeFieldName(styleKey(s.style()));
                write(s.children(), g);
            } else if (node instanceof Inline.Link l) {
                g.writeFieldName("a");
                write(l.children(), g);
                g.writeStringField("href", l.url());
                if (l.title() != null) g.writeStringField("title", l.title());
            } else if (node instanceof Inline.Code c) {
                g.writeStringField("code", c.text());
            } else if (node instanceof Inline.Break) {
                g.writeBooleanField("br", true);
            } else if (node instanceof Inline.NoteRef r) {
                g.writeStringField("ref", r.label());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static List<Inline> read(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) throw new JsonParseException(p, "inline nodes must be an array");
        List<Inline> nodes = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                nodes.add(new Inline.Text(p.getText()));
            } else if (p.currentToken() == JsonToken.START_OBJECT) {
                nodes.addAll(node(p));
            } else {
                throw new JsonParseException(p, "an inline node is a string or an object");
            }
        }
        return nodes;
    }

    /** One node; a link no page may carry (a store edited by hand, say) is read as its text, so a build can go on. */
    private static List<Inline> node(JsonParser p) throws IOException {
        List<Inline> children = null;
        Inline.Style style = null;
        String href = null, title = null, code = null, ref = null;
        boolean lineBreak = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "a" -> children = read(p);
                case "href" -> href = p.getText();
                case "title" -> title = p.getText();
                case "code" -> code = p.getText();
                case "br" -> lineBreak = true;
                case "ref" -> ref = p.getText();
                default -> {
                    style = style(name);
                    if (style == null) throw new JsonParseException(p, "unknown inline node '" + name + "'");
                    children = read(p);
                }
            }
        }
        if (href != null) {
            List<Inline> text = children == null ? List.of() : children;
            return LinkTarget.allowed(href) ? List.of(new Inline.Link(href, title, text)) : text;
        }
        if (style != null) return List.of(new Inline.Styled(style, children));
        if (code != null) return List.of(new Inline.Code(code));
        if (ref != null) return List.of(new Inline.NoteRef(ref));
        if (lineBreak) return List.of(new Inline.Break());
        throw new JsonParseException(p, "an inline node without a kind");
    }

    static String styleKey(Inline.Style style) {
        return switch (style) {
            case STRONG -> "strong";
            case EMPHASIS -> "em";
            case STRIKE -> "del";
            case SUB, SUP -> style.name().toLowerCase(Locale.ROOT);
        };
    }

    static Inline.Style style(String key) {
        return switch (key) {
            case "strong" -> Inline.Style.STRONG;
            case "em" -> Inline.Style.EMPHASIS;
            case "del" -> Inline.Style.STRIKE;
            case "sub" -> Inline.Style.SUB;
            case "sup" -> Inline.Style.SUP;
            default -> null;
        };
    }
}
