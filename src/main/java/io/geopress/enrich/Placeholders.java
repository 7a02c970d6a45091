package io.geopress.enrich;

import io.geopress.model.Inline;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline markup as a model translates it: the running text with numbered tags in place of the markup, {@code <1>…</1>}
 * around the words of a link or a style, {@code <2/>} for a line break, a footnote reference or inline code (code is
 * never translated, so never sent). The translation's nodes are rebuilt from the reply's words and the source's nodes:
 * a link keeps the source's address and title, code comes back as written.
 */
final class Placeholders {
    /** A tag as a model may write it back; the space before a void tag's slash is tolerated. */
    private static final Pattern TAG = Pattern.compile("<(/?)(\\d{1,6})\\s*(/?)>");

    private Placeholders() {}

    /**
     * One text as sent: its words and tags, the node each tag number stands for, and the numbers the source's own text
     * writes as tags (a literal {@code <3>} in a sentence), which no tag is given and which stay text in the reply.
     */
    record Encoded(String text, Map<Integer, Inline> tags, Set<Integer> literal) {
        /** Whether the text has no markup: it is sent as it is. */
        boolean plain() {
            return tags.isEmpty();
        }

        /** {@code reply} without its tags: the words the number, name and length checks read. */
        String words(String reply) {
            Matcher m = TAG.matcher(reply);
            StringBuilder out = new StringBuilder(reply.length());
            while (m.find()) m.appendReplacement(out, literal.contains(Integer.parseInt(m.group(2))) ? "$0" : "");
            return m.appendTail(out).toString();
        }

        /** The source's words, without its tags. */
        String words() {
            return words(text);
        }

        /** The reply's nodes, rebuilt as far as its tags allow, and what is wrong with its tags, one phrase each. */
        Decoded decode(String reply) {
            return new Decoder(this).decode(reply);
        }
    }

    /** A reply's nodes, and its tag failures (e.g. {@code drops the tag <2/>}); none when it kept every tag right. */
    record Decoded(List<Inline> nodes, List<String> failures) {}

    static Encoded encode(List<Inline> nodes) {
        Set<Integer> literal = new HashSet<>();
        collectLiteral(nodes, literal);
        Map<Integer, Inline> tags = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        write(nodes, tags, literal, text);
        return new Encoded(text.toString(), Collections.unmodifiableMap(tags), Set.copyOf(literal));
    }

    private static void collectLiteral(List<Inline> nodes, Set<Integer> literal) {
        for (Inline node : nodes) {
            if (node instanceof Inline.Text t) {
                Matcher m = TAG.matcher(t.text());
                while (m.find()) literal.add(Integer.parseInt(m.group(2)));
            } else if (children(node) != null) {
                collectLiteral(children(node), literal);
            }
        }
    }

    private static void write(List<Inline> nodes, Map<Integer, Inline> tags, Set<Integer> literal, StringBuilder text) {
        for (Inline node : nodes) {
            if (node instanceof Inline.Text t) {
                text.append(t.text());
                continue;
            }
            int n = tags.size() + 1;
            while (tags.containsKey(n) || literal.contains(n)) n++;
            tags.put(n, node);
            List<Inline> children = children(node);
            if (children == null) {
                text.append('<').append(n).append("/>");
            } else {
                text.append('<').append(n).append('>');
                write(children, tags, literal, text);
                text.append("</").append(n).append('>');
            }
        }
    }

    /** The children of a span (a link or a style), or null for a void node. */
    private static List<Inline> children(Inline node) {
        if (node instanceof Inline.Styled s) return s.children();
        if (node instanceof Inline.Link l) return l.children();
        return null;
    }

    static String shown(int n, Inline node) {
        return children(node) == null ? "<" + n + "/>" : "<" + n + ">…</" + n + ">";
    }

    /**
     * Reads a reply's tags against the source's: every tag exactly once, spans properly nested, in any order. What it
     * cannot place is left out and named: an unknown or repeated tag, a span closed across another (closed where it
     * ends), a span left open (closed at the end). A dropped void node other than a line break is put back at the end,
     * so no code or footnote reference is lost from a reply that is kept for review.
     */
    private static final class Decoder {
        private record Open(int number, List<Inline> children, boolean repeated) {}

        private final Encoded source;
        private final Set<Integer> placed = new HashSet<>();
        private final Set<Integer> closedEarly = new HashSet<>();
        private final Set<String> failures = new LinkedHashSet<>();
        private final Deque<Open> open = new ArrayDeque<>();

        Decoder(Encoded source) {
            this.source = source;
        }

        Decoded decode(String reply) {
            open.push(new Open(0, new ArrayList<>(), false));
            Matcher m = TAG.matcher(reply);
            int at = 0;
            while (m.find()) {
                int n = Integer.parseInt(m.group(2));
                if (source.literal().contains(n)) continue; // text, taken with the words around it
                text(reply.substring(at, m.start()));
                at = m.end();
                tag(m.group(), n, !m.group(1).isEmpty(), !m.group(3).isEmpty());
            }
            text(reply.substring(at));
            while (open.size() > 1) {
                failures.add("does not close the tag <" + open.peek().number() + ">");
                close();
            }
            List<Inline> nodes = open.pop().children();
            source.tags().forEach((n, node) -> {
                if (placed.contains(n)) return;
                failures.add("drops the tag " + shown(n, node));
                if (node instanceof Inline.Code || node instanceof Inline.NoteRef) nodes.add(node);
            });
            return new Decoded(Inline.normalized(nodes), List.copyOf(failures));
        }

        private void text(String words) {
            if (!words.isEmpty()) open.peek().children().add(new Inline.Text(words));
        }

        private void tag(String written, int n, boolean closing, boolean isVoid) {
            Inline node = source.tags().get(n);
            if (node == null) {
                failures.add("adds the tag " + written + ", which the source does not have");
                return;
            }
            if (closing && isVoid) {
                failures.add("writes the malformed tag " + written);
                return;
            }
            boolean span = children(node) != null;
            if (span == isVoid) {
                failures.add("writes the tag " + shown(n, node) + " as " + written);
                return;
            }
            if (!span) {
                if (placed.add(n)) open.peek().children().add(node);
                else failures.add("repeats the tag " + written);
            } else if (!closing) {
                boolean first = placed.add(n);
                if (!first) failures.add("repeats the tag " + shown(n, node));
                open.push(new Open(n, new ArrayList<>(), !first));
            } else {
                closeSpan(n, written);
            }
        }

        private void closeSpan(int n, String written) {
            if (open.stream().noneMatch(o -> o.number() == n)) {
                if (!closedEarly.remove(n)) failures.add("closes " + written + " where it is not open");
                return;
            }
            while (open.peek().number() != n) {
                failures.add("closes </" + n + "> inside <" + open.peek().number() + ">…</" + open.peek().number()
                        + ">: the tags must nest");
                closedEarly.add(open.peek().number());
                close();
            }
            close();
        }

        /** Closes the innermost open span into a node of its parent; a repeated span's words join its parent. */
        private void close() {
            Open span = open.pop();
            List<Inline> parent = open.peek().children();
            if (span.repeated()) {
                parent.addAll(span.children());
                return;
            }
            Inline node = source.tags().get(span.number());
            if (Inline.plain(span.children()).isBlank()) failures.add("leaves the tag " + shown(span.number(), node) + " empty");
            if (node instanceof Inline.Link l) parent.add(new Inline.Link(l.url(), l.title(), span.children()));
            else if (node instanceof Inline.Styled s) parent.add(new Inline.Styled(s.style(), span.children()));
        }
    }
}
