package io.geopress.ingest;

import io.geopress.ingest.MarkdownFigures.FigureSource;
import io.geopress.model.Inline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.CustomNode;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Hugo's {@code figure} shortcode, {@code {{< figure src="…" … >}}} or {@code {{% figure … %}}}, read by commonmark's
 * inline parser as one node holding its text as written, so that Markdown never reads inside it (an {@code _} in a
 * file name, say). Its parameters are read by {@link #parameters}. Other shortcodes, and the escaped form (a
 * comment's opening and closing marks inside the braces), are left to commonmark as text.
 */
final class HugoFigure {
    /** A shortcode longer than this is taken as unclosed: the search for its end stops here. */
    static final int MAX_CHARS = 8_000;

    static final Set<String> KNOWN = Set.of("src", "link", "target", "rel", "alt", "title", "caption", "class", "height",
            "width", "loading", "attr", "attrlink");

    private static final Set<Character> TRIGGER = Set.of('{');

    private HugoFigure() {}

    /** One shortcode as written; {@code closed} is false for an opening {@code {{< figure} that never ends. */
    static final class Node extends CustomNode {
        final String text;
        final boolean closed;

        Node(String text, boolean closed) {
            this.text = text;
            this.closed = closed;
        }
    }

    /** The parameters of a shortcode, or why it cannot be read. */
    record Parameters(Map<String, String> values, String problem) {}

    static InlineContentParserFactory factory() {
        return new InlineContentParserFactory() {
            @Override
            public Set<Character> getTriggerCharacters() {
                return TRIGGER;
            }

            @Override
            public InlineContentParser create() {
                return HugoFigure::parse;
            }
        };
    }

    private static ParsedInline parse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        char close;
        if (scanner.next("{{<")) {
            close = '>';
        } else if (scanner.next("{{%")) {
            close = '%';
        } else {
            return ParsedInline.none();
        }
        scanner.whitespace();
        if (!scanner.next("figure") || !endsName(scanner.peek())) return ParsedInline.none();
        Position opened = scanner.position();
        int read = 0;
        char quote = 0;
        while (scanner.hasNext() && read++ < MAX_CHARS) {
            char c = scanner.peek();
            scanner.next();
            if (quote != 0) {
                if (c == '\\' && quote == '"' && scanner.hasNext()) scanner.next();
                else if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'' || c == '`') {
                quote = c;
            } else if (c == close && scanner.next("}}")) {
                return ParsedInline.of(new Node(scanner.getSource(start, scanner.position()).getContent(), true), scanner.position());
            }
        }
        return ParsedInline.of(new Node(scanner.getSource(start, opened).getContent(), false), opened);
    }

    private static boolean endsName(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '/' || c == '>' || c == '%';
    }

    /** The named parameters of a closed shortcode's text ({@code {{< figure a="1" b='2' c=3 >}}}). */
    static Parameters parameters(String shortcode) {
        int end = shortcode.length() - 3; // before ">}}" or "%}}"
        int i = shortcode.indexOf("figure") + "figure".length();
        Map<String, String> values = new LinkedHashMap<>();
        while (true) {
            while (i < end && Character.isWhitespace(shortcode.charAt(i))) i++;
            if (i >= end || shortcode.charAt(i) == '/' && shortcode.substring(i + 1, end).isBlank()) break; // self-closing
            int nameStart = i;
            while (i < end && (Character.isLetterOrDigit(shortcode.charAt(i)) || shortcode.charAt(i) == '_' || shortcode.charAt(i) == '-')) i++;
            if (i == nameStart) return new Parameters(values, "unexpected '" + shortcode.charAt(i) + "'");
            String name = shortcode.substring(nameStart, i);
            if (i >= end || shortcode.charAt(i) != '=') return new Parameters(values, "parameter '" + name + "' has no value (name=\"value\")");
            i++;
            StringBuilder value = new StringBuilder();
            if (i < end && (shortcode.charAt(i) == '"' || shortcode.charAt(i) == '\'' || shortcode.charAt(i) == '`')) {
                char quote = shortcode.charAt(i++);
                while (i < end && shortcode.charAt(i) != quote) {
                    if (quote == '"' && shortcode.charAt(i) == '\\' && i + 1 < end) i++;
                    value.append(shortcode.charAt(i++));
                }
                if (i >= end) return new Parameters(values, "the value of '" + name + "' is not closed with " + quote);
                i++;
            } else {
                while (i < end && !Character.isWhitespace(shortcode.charAt(i)) && !(shortcode.charAt(i) == '/' && i == end - 1)) {
                    value.append(shortcode.charAt(i++));
                }
            }
            values.put(name.toLowerCase(Locale.ROOT), value.toString());
        }
        if (!values.containsKey("src") || values.get("src").isBlank()) return new Parameters(values, "no src");
        return new Parameters(values, null);
    }

    /**
     * The figure a shortcode gives, or null when it is malformed (a warning said so, and it stays text).
     *
     * @param name how warnings name the file; {@code line} is the shortcode's
     * @param captions reads the caption, which Hugo renders as Markdown
     */
    static FigureSource figure(Node shortcode, String name, int line, List<String> warnings, MarkdownInline.Captions captions) {
        String at = name + ":" + line;
        Parameters p = shortcode.closed ? parameters(shortcode.text) : new Parameters(Map.of(), "it is not closed with >}} or %}}");
        if (p.problem() != null) {
            warnings.add(at + ": malformed figure shortcode (" + p.problem() + "); kept as text");
            return null;
        }
        Map<String, String> v = p.values();
        for (String key : v.keySet()) {
            if (!KNOWN.contains(key)) warnings.add(at + ": figure shortcode parameter '" + key + "' is not known; ignored");
        }
        List<Inline> caption = new ArrayList<>();
        if (!v.getOrDefault("title", "").isBlank()) caption.add(new Inline.Text(v.get("title")));
        if (!v.getOrDefault("caption", "").isBlank()) {
            if (!caption.isEmpty()) caption.add(new Inline.Break());
            caption.addAll(captions.read(v.get("caption"), line));
        }
        return new FigureSource(v.get("src").strip(), v.getOrDefault("alt", ""), caption, v.get("attr"), v.get("attrlink"),
                v.get("link"), pixels(v, "width", at, warnings), pixels(v, "height", at, warnings), line);
    }

    /** A width or height in pixels ("300" or "300px"), 0 when not given or not a number (with a warning). */
    private static int pixels(Map<String, String> values, String name, String at, List<String> warnings) {
        String value = values.getOrDefault(name, "").strip();
        if (value.isEmpty()) return 0;
        String digits = value.endsWith("px") ? value.substring(0, value.length() - 2) : value;
        if (digits.matches("\\d{1,6}")) return Integer.parseInt(digits);
        warnings.add(at + ": figure shortcode " + name + " '" + BlockPairer.head(value) + "' is not a number of pixels; ignored");
        return 0;
    }
}
