package io.geopress.ingest;

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
 * Hugo's shortcodes, {@code {{< name args >}}} or {@code {{% name args %}}} and the closing {@code {{< /name >}}} of a
 * paired one, read by commonmark's inline parser as one node holding its text as written, so that Markdown never
 * reads inside it (an {@code _} in a file name, say); commonmark never calls it inside code. Its arguments are read by
 * {@link #arguments}. The escaped form (a comment's opening and closing marks inside the braces) is left to
 * commonmark as text. What each shortcode becomes is {@link HugoShortcodes}' business.
 */
final class HugoShortcode {
    /** A shortcode longer than this is taken as unclosed: the search for its end stops here. */
    static final int MAX_CHARS = 8_000;

    private static final Set<Character> TRIGGER = Set.of('{');

    private HugoShortcode() {}

    /**
     * One shortcode as written: {@code name} lower-cased, {@code closing} for {@code {{< /name >}}}; {@code closed} is
     * false for an opening {@code {{< name} that never ends.
     */
    static final class Node extends CustomNode {
        final String name;
        final String text;
        final boolean closing;
        final boolean closed;

        Node(String name, String text, boolean closing, boolean closed) {
            this.name = name;
            this.text = text;
            this.closing = closing;
            this.closed = closed;
        }
    }

    /** The arguments of a shortcode, named (lower-cased names) and positional in order, or why they cannot be read. */
    record Arguments(Map<String, String> named, List<String> positional, String problem) {
        String get(String name, int position) {
            if (named.containsKey(name)) return named.get(name);
            return position < positional.size() ? positional.get(position) : null;
        }
    }

    static InlineContentParserFactory factory() {
        return new InlineContentParserFactory() {
            @Override
            public Set<Character> getTriggerCharacters() {
                return TRIGGER;
            }

            @Override
            public InlineContentParser create() {
                return HugoShortcode::parse;
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
        boolean closing = scanner.next('/');
        scanner.whitespace();
        StringBuilder name = new StringBuilder();
        while (scanner.hasNext() && isNameChar(scanner.peek(), name.length() == 0)) {
            name.append(scanner.peek());
            scanner.next();
        }
        if (name.length() == 0 || !endsName(scanner.peek())) return ParsedInline.none();
        Position opened = scanner.position();
        String lower = name.toString().toLowerCase(Locale.ROOT);
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
                String text = scanner.getSource(start, scanner.position()).getContent();
                return ParsedInline.of(new Node(lower, text, closing, true), scanner.position());
            }
        }
        return ParsedInline.of(new Node(lower, scanner.getSource(start, opened).getContent(), closing, false), opened);
    }

    private static boolean isNameChar(char c, boolean first) {
        boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        return letter || !first && (c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.' || c == '/');
    }

    private static boolean endsName(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '/' || c == '>' || c == '%';
    }

    /** The arguments of a closed shortcode's text ({@code {{< name "a" b='2' c=3 >}}}). */
    static Arguments arguments(Node shortcode) {
        String text = shortcode.text;
        int end = text.length() - 3; // before ">}}" or "%}}"
        int i = 3;
        while (i < end && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '/')) i++;
        i += shortcode.name.length();
        Map<String, String> named = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        while (true) {
            while (i < end && Character.isWhitespace(text.charAt(i))) i++;
            if (i >= end || text.charAt(i) == '/' && text.substring(i + 1, end).isBlank()) break; // self-closing
            String name = null;
            int nameStart = i;
            while (i < end && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '-')) i++;
            if (i > nameStart && i < end && text.charAt(i) == '=') {
                name = text.substring(nameStart, i).toLowerCase(Locale.ROOT);
                i++;
            } else {
                i = nameStart;
            }
            StringBuilder value = new StringBuilder();
            if (i < end && (text.charAt(i) == '"' || text.charAt(i) == '\'' || text.charAt(i) == '`')) {
                char quote = text.charAt(i++);
                while (i < end && text.charAt(i) != quote) {
                    if (quote == '"' && text.charAt(i) == '\\' && i + 1 < end) i++;
                    value.append(text.charAt(i++));
                }
                if (i >= end) return new Arguments(named, positional, "a value is not closed with " + quote);
                i++;
            } else {
                while (i < end && !Character.isWhitespace(text.charAt(i)) && !(text.charAt(i) == '/' && i == end - 1)) {
                    value.append(text.charAt(i++));
                }
                if (value.length() == 0) {
                    return new Arguments(named, positional, name == null ? "unexpected '" + text.charAt(i) + "'"
                            : "parameter '" + name + "' has no value (name=\"value\")");
                }
            }
            if (name != null) named.put(name, value.toString());
            else positional.add(value.toString());
        }
        return new Arguments(named, positional, null);
    }
}
