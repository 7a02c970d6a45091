package io.geopress.ingest;

import io.geopress.model.Inline;
import io.geopress.text.Script;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * Builds inline nodes from running HTML text, collapsing white space as a browser shows it: a run of spaces and
 * line breaks is one space, wherever the markup around it starts and ends; a space between two Chinese characters
 * is dropped, as it comes from a line break in the HTML source, not from the writer.
 */
final class InlineBuilder {
    private final Deque<List<Inline>> frames = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private boolean space;
    /** The last character shown, or -1 at the start and after a line break, where spaces are not shown. */
    private int last = -1;

    InlineBuilder() {
        frames.push(new ArrayList<>());
    }

    void text(String raw) {
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            i += Character.charCount(c);
            if (isSpace(c)) {
                space = true;
                continue;
            }
            showSpace(c);
            text.appendCodePoint(c);
            last = c;
        }
    }

    /** Code as written, its white space collapsed as the text around it. */
    void code(String raw) {
        String code = HtmlText.collapse(raw);
        if (code.isEmpty()) return;
        showSpace(code.codePointAt(0));
        add(new Inline.Code(code));
        last = code.codePointBefore(code.length());
    }

    void lineBreak() {
        space = false;
        add(new Inline.Break());
        last = -1;
    }

    /** A node without text of its own (a footnote reference): spaces around it stay where they are. */
    void node(Inline node) {
        add(node);
    }

    /** Starts a node holding the text that follows, until {@link #close}. */
    void open() {
        flush();
        frames.push(new ArrayList<>());
    }

    /** Ends the node {@link #open} started: {@code wrap} makes it of its children, unless it has none. */
    void close(Function<List<Inline>, Inline> wrap) {
        flush();
        List<Inline> children = frames.pop();
        // a space shown at the start of the node came from the text before it: it stays outside ("a <b>b</b>")
        if (!children.isEmpty() && children.get(0) instanceof Inline.Text t && t.text().startsWith(" ")) {
            frames.peek().add(new Inline.Text(" "));
            children.set(0, new Inline.Text(t.text().substring(1)));
        }
        if (!children.isEmpty()) frames.peek().add(wrap.apply(children));
    }

    /** Ends the node {@link #open} started, keeping its children as they are, in the node around it. */
    void closeUnwrapped() {
        flush();
        List<Inline> children = frames.pop();
        frames.peek().addAll(children);
    }

    boolean isEmpty() {
        return text.isEmpty() && frames.size() == 1 && frames.peek().isEmpty();
    }

    /** The nodes built, in their canonical form. */
    List<Inline> nodes() {
        while (frames.size() > 1) closeUnwrapped();
        flush();
        return Inline.normalized(frames.peek());
    }

    private void showSpace(int next) {
        if (space && last >= 0 && !(isWide(last) && isWide(next))) text.append(' ');
        space = false;
    }

    private void add(Inline node) {
        flush();
        frames.peek().add(node);
    }

    private void flush() {
        if (text.isEmpty()) return;
        frames.peek().add(new Inline.Text(text.toString()));
        text.setLength(0);
    }

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B || c == '\u00A0' || c == '\u3000'
                || c == '\u200B' || c == '\uFEFF';
    }

    static boolean isWide(int c) {
        return Script.isHan(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }
}
