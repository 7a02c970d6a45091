package io.geopress.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Running text with its markup, as a small closed set of typed nodes: what a source's links, emphasis, inline code,
 * sub- and superscripts, line breaks and footnote references become. Never raw HTML or Markdown: each output
 * writes these nodes in its own syntax, escaped for it.
 */
public sealed interface Inline {

    /** Text as written. */
    record Text(String text) implements Inline {
        public Text {
            text = CleanText.of(Objects.requireNonNull(text, "text"));
        }
    }

    /** Text with a style: strong, emphasis, struck through, sub- or superscript. */
    record Styled(Style style, List<Inline> children) implements Inline {
        public Styled {
            Objects.requireNonNull(style, "style");
            children = List.copyOf(children);
        }
    }

    /**
     * A link to {@code url}, which {@link LinkTarget#check} accepts: an importer turns any other into its text.
     *
     * @param title the link's title (a tooltip), or null
     */
    record Link(String url, String title, List<Inline> children) implements Inline {
        public Link {
            url = LinkTarget.check(url);
            title = title == null || title.isBlank() ? null : CleanText.of(title).strip();
            children = List.copyOf(children);
        }
    }

    /** Inline code: shown as written, never translated. */
    record Code(String text) implements Inline {
        public Code {
            text = CleanText.of(Objects.requireNonNull(text, "text"));
        }
    }

    /** A line break within a block. */
    record Break() implements Inline {}

    /** A reference to the footnote block with this label. */
    record NoteRef(String label) implements Inline {
        public NoteRef {
            label = CleanText.of(Objects.requireNonNull(label, "label")).strip();
            if (label.isEmpty()) throw new IllegalArgumentException("a footnote reference needs a label");
        }
    }

    enum Style {
        STRONG,
        EMPHASIS,
        STRIKE,
        SUB,
        SUP
    }

    static Text text(String text) {
        return new Text(text);
    }

    static Styled strong(Inline... children) {
        return new Styled(Style.STRONG, List.of(children));
    }

    static Styled emphasis(Inline... children) {
        return new Styled(Style.EMPHASIS, List.of(children));
    }

    static Link link(String url, Inline... children) {
        return new Link(url, null, List.of(children));
    }

    /** The text a reader sees, without markup: what search, pairing and the checks read. */
    static String plain(List<Inline> nodes) {
        StringBuilder out = new StringBuilder();
        appendPlain(nodes, out);
        return out.toString();
    }

    private static void appendPlain(List<Inline> nodes, StringBuilder out) {
        for (Inline node : nodes) { // a footnote reference has no text of its own
            if (node instanceof Text t) out.append(t.text());
            else if (node instanceof Code c) out.append(c.text());
            else if (node instanceof Styled s) appendPlain(s.children(), out);
            else if (node instanceof Link l) appendPlain(l.children(), out);
            else if (node instanceof Break) out.append('\n');
        }
    }

    /** Whether {@code nodes} hold nothing but text, so that their plain text says all they say. */
    static boolean isPlain(List<Inline> nodes) {
        for (Inline node : nodes) if (!(node instanceof Text)) return false;
        return true;
    }

    /**
     * The same nodes in one canonical form: adjacent texts joined, empty texts and empty styles dropped, white space
     * stripped at both ends (as {@link Bilingual} strips a plain text). Equal markup then always gives equal nodes.
     */
    static List<Inline> normalized(List<Inline> nodes) {
        List<Inline> joined = joined(nodes);
        if (joined.isEmpty()) return joined;
        joined = stripped(joined, true);
        if (!joined.isEmpty()) joined = stripped(joined, false);
        return List.copyOf(joined);
    }

    private static List<Inline> joined(List<Inline> nodes) {
        List<Inline> out = new ArrayList<>(nodes.size());
        for (Inline node : nodes) {
            Inline n = node;
            if (node instanceof Text t && t.text().isEmpty()) {
                n = null;
            } else if (node instanceof Code c && c.text().isEmpty()) {
                n = null;
            } else if (node instanceof Styled s) {
                List<Inline> children = joined(s.children());
                n = children.isEmpty() ? null : new Styled(s.style(), children);
            } else if (node instanceof Link l) {
                List<Inline> children = joined(l.children());
                n = new Link(l.url(), l.title(), children.isEmpty() ? List.of(new Text(l.url())) : children);
            }
            if (n == null) continue;
            if (n instanceof Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Text before) {
                out.set(out.size() - 1, new Text(before.text() + t.text()));
            } else {
                out.add(n);
            }
        }
        return out;
    }

    /** {@code nodes} without white space at their start (or end), looking into styles and links at that edge. */
    private static List<Inline> stripped(List<Inline> nodes, boolean start) {
        List<Inline> out = new ArrayList<>(nodes);
        while (!out.isEmpty()) {
            int at = start ? 0 : out.size() - 1;
            Inline edge = out.get(at);
            Inline kept = edge;
            if (edge instanceof Text t) {
                String s = start ? t.text().stripLeading() : t.text().stripTrailing();
                kept = s.isEmpty() ? null : new Text(s);
            } else if (edge instanceof Break) {
                kept = null;
            } else if (edge instanceof Styled s) {
                List<Inline> inner = stripped(s.children(), start);
                kept = inner.isEmpty() ? null : new Styled(s.style(), inner);
            } else if (edge instanceof Link l) {
                List<Inline> inner = stripped(l.children(), start);
                kept = new Link(l.url(), l.title(), inner.isEmpty() ? List.of(new Text(l.url())) : inner);
            }
            if (kept == null) {
                out.remove(at);
                continue;
            }
            out.set(at, kept);
            break;
        }
        return out;
    }
}
