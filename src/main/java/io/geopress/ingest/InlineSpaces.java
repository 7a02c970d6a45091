package io.geopress.ingest;

import io.geopress.model.Inline;
import io.geopress.text.Script;
import java.util.ArrayList;
import java.util.List;

/**
 * White space in inline nodes as {@link MarkdownPlain#joinLines} treats it in plain text, across the nodes' borders:
 * each run becomes one space, none at either end or beside a line break node, and a line break between two Chinese
 * characters disappears, since Chinese is written without spaces and a wrapped line would otherwise gain one.
 */
final class InlineSpaces {
    private final List<StringBuilder> texts = new ArrayList<>();
    private char last; // the last character kept, 0 at the start and after a line break node
    private int pendingIn = -1; // the text node where a run of white space began, -1 when none is pending
    private boolean pendingBreak;

    private InlineSpaces() {}

    static List<Inline> collapse(List<Inline> nodes) {
        if (Inline.isPlain(nodes)) { // most paragraphs: one text, or texts and soft breaks
            StringBuilder text = new StringBuilder();
            for (Inline node : nodes) text.append(((Inline.Text) node).text());
            return List.of(new Inline.Text(MarkdownPlain.joinLines(text)));
        }
        InlineSpaces spaces = new InlineSpaces();
        spaces.scan(nodes);
        return spaces.rebuild(nodes, new int[] {0});
    }

    private void scan(List<Inline> nodes) {
        for (Inline node : nodes) {
            if (node instanceof Inline.Text t) {
                String text = t.text();
                StringBuilder kept = new StringBuilder(text.length());
                texts.add(kept);
                int i = 0;
                while (i < text.length()) {
                    char c = text.charAt(i);
                    if (isSpace(c)) {
                        if (pendingIn < 0) {
                            pendingIn = texts.size() - 1;
                            pendingBreak = false;
                        }
                        pendingBreak |= c == '\n';
                        i++;
                        continue;
                    }
                    keep(c);
                    int end = i + 1;
                    while (end < text.length() && !isSpace(text.charAt(end))) end++;
                    kept.append(text, i, end);
                    last = text.charAt(end - 1);
                    i = end;
                }
            } else if (node instanceof Inline.Code c) {
                if (c.text().isEmpty()) continue;
                keep(c.text().charAt(0));
                last = c.text().charAt(c.text().length() - 1);
            } else if (node instanceof Inline.NoteRef) {
                keep('x');
                last = 'x';
            } else if (node instanceof Inline.Break) {
                pendingIn = -1;
                last = 0;
            } else if (node instanceof Inline.Styled s) {
                scan(s.children());
            } else if (node instanceof Inline.Link l) {
                scan(l.children());
            }
        }
    }

    /** Settles a pending run of white space before {@code next}: one space where it began, or none. */
    private void keep(char next) {
        if (pendingIn < 0) return;
        if (last != 0 && !(pendingBreak && isWide(last) && isWide(next))) texts.get(pendingIn).append(' ');
        pendingIn = -1;
    }

    private List<Inline> rebuild(List<Inline> nodes, int[] next) {
        List<Inline> out = new ArrayList<>(nodes.size());
        for (Inline node : nodes) {
            if (node instanceof Inline.Text) {
                out.add(new Inline.Text(texts.get(next[0]++).toString()));
            } else if (node instanceof Inline.Styled s) {
                out.add(new Inline.Styled(s.style(), rebuild(s.children(), next)));
            } else if (node instanceof Inline.Link l) {
                out.add(new Inline.Link(l.url(), l.title(), rebuild(l.children(), next)));
            } else {
                out.add(node);
            }
        }
        return out;
    }

    /** {@link Character#isWhitespace}, answered without a table lookup for most characters. */
    static boolean isSpace(char c) {
        if (c == ' ') return true;
        if ((c > ' ' && c < 0x1680) || c > 0x3000) return false;
        return Character.isWhitespace(c);
    }

    static boolean isWide(char c) {
        return Script.isHan(c) || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF');
    }
}
