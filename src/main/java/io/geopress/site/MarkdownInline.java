package io.geopress.site;

import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.model.LinkTarget;
import io.geopress.site.page.Footnotes;
import io.geopress.site.page.InlineHtml;
import io.geopress.site.page.LangText;
import java.util.List;

/**
 * Running text written as Markdown for a twin (CommonMark, with GFM's strikethrough and footnotes): its texts
 * through {@link MarkdownText}, its links with absolute addresses, its footnote references as {@code [^N]}
 * numbered as the page numbers them. Emphasis whose delimiters CommonMark would not read as such (next to
 * punctuation or white space, as Chinese text often has them) is written as its HTML element instead.
 */
final class MarkdownInline {
    private final InlineHtml html;

    /** @param html the twin's HTML writer: its addresses (absolute) and its footnotes are the twin's too */
    MarkdownInline(InlineHtml html) {
        this.html = html;
    }

    Footnotes notes() {
        return html.notes();
    }

    /** The text as the beginning of a line: a paragraph, a list item, a quote's line. */
    String line(LangText text) {
        return of(text, true);
    }

    /** The text after other text on its line: a heading's, a table cell's. */
    String inline(LangText text) {
        return of(text, false);
    }

    /** The text as HTML, for a table the twin writes in HTML: on one line, addresses absolute. */
    String html(LangText text) {
        return MarkdownText.oneLine(html.html(text));
    }

    private String of(LangText text, boolean lineStart) {
        if (text.nodes().isEmpty()) return lineStart ? MarkdownText.text(text.text()) : MarkdownText.inline(text.text());
        StringBuilder out = new StringBuilder(text.text().length() + 32);
        write(text.nodes(), text.lang(), lineStart, false, false, out);
        return out.toString();
    }

    /**
     * @param inStyle inside a style, where a style is written as its HTML element: its delimiter runs could close
     *     the outer one's, or join them. Elsewhere white space or punctuation bounds {@code nodes} (a line's ends, a
     *     cell's pipes, a link's brackets), as CommonMark's emphasis rules look at.
     */
    private void write(List<Inline> nodes, Lang lang, boolean lineStart, boolean inLink, boolean inStyle, StringBuilder out) {
        for (int i = 0; i < nodes.size(); i++) {
            Inline node = nodes.get(i);
            if (node instanceof Inline.Text t) {
                out.append(MarkdownText.piece(t.text(), lineStart && out.isEmpty(), inLink));
            } else if (node instanceof Inline.Styled s) {
                boolean before = out.isEmpty() || spaceOrPunctuation(Character.codePointBefore(out, out.length()));
                boolean after = i + 1 == nodes.size() || startsWithSpaceOrPunctuation(nodes.get(i + 1));
                styled(s, lang, inLink, !inStyle && before, !inStyle && after, inStyle, out);
            } else if (node instanceof Inline.Link l) {
                link(l, lang, inLink, inStyle, out);
            } else if (node instanceof Inline.Code c) {
                // right after another code span the two backtick runs would make one: this one is HTML, its text escaped
                boolean joins = !out.isEmpty() && out.charAt(out.length() - 1) == '`';
                out.append(joins ? "<code>" + MarkdownText.piece(c.text(), false, inLink) + "</code>" : MarkdownText.codeSpan(c.text()));
            } else if (node instanceof Inline.Break) {
                out.append("<br>");
            } else if (node instanceof Inline.NoteRef r) {
                reference(r, lang, inLink, out);
            }
        }
    }

    private void styled(Inline.Styled s, Lang lang, boolean inLink, boolean before, boolean after, boolean inStyle, StringBuilder out) {
        StringBuilder inner = new StringBuilder();
        write(s.children(), lang, false, inLink, true, inner);
        String delimiter = switch (s.style()) {
            case STRONG -> "**";
            case EMPHASIS -> "*";
            case STRIKE -> "~~";
            case SUB, SUP -> null;
        };
        if (delimiter != null && !inStyle && delimits(inner, before, after) && !endsInDelimiter(out) && !endsInDelimiter(inner)
                && !delimiter(inner.charAt(0))) {
            out.append(delimiter).append(inner).append(delimiter);
        } else {
            String tag = switch (s.style()) {
                case STRONG -> "strong";
                case EMPHASIS -> "em";
                case STRIKE -> "del";
                case SUB -> "sub";
                case SUP -> "sup";
            };
            out.append('<').append(tag).append('>').append(inner).append("</").append(tag).append('>');
        }
    }

    /** A link inside a link is its text, as in HTML. */
    private void link(Inline.Link l, Lang lang, boolean inLink, boolean inStyle, StringBuilder out) {
        if (inLink || !LinkTarget.allowed(l.url()) || LinkTarget.isReference(l.url())) { // a reference no build resolved
            write(l.children(), lang, false, inLink, inStyle, out);
            return;
        }
        bracketFollows(out);
        out.append('[');
        write(l.children(), lang, false, true, inStyle, out);
        out.append("](").append(MarkdownText.destination(html.address(l.url())));
        if (l.title() != null) out.append(" \"").append(MarkdownText.title(l.title())).append('"');
        out.append(')');
    }

    private void reference(Inline.NoteRef r, Lang lang, boolean inLink, StringBuilder out) {
        Footnotes.Reference ref = html.notes().refer(r.label(), lang);
        if (ref == null) {
            out.append(MarkdownText.piece("[" + r.label() + "]", false, inLink));
        } else if (inLink) {
            out.append("<sup>").append(ref.number()).append("</sup>");
        } else {
            bracketFollows(out);
            out.append("[^").append(ref.number()).append(']');
        }
    }

    /** A {@code !} just before a {@code [} would make the link an image. */
    private static void bracketFollows(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) == '!') out.insert(out.length() - 1, '\\');
    }

    /**
     * Whether delimiters around {@code inner} are read as emphasis (CommonMark's flanking rules): the opening run
     * opens when a letter or digit follows it, or when punctuation follows it and white space or punctuation
     * precedes it ({@code before}); the closing run likewise, mirrored ({@code after}).
     */
    private static boolean delimits(CharSequence inner, boolean before, boolean after) {
        if (inner.isEmpty()) return false;
        int first = Character.codePointAt(inner, 0);
        int last = Character.codePointBefore(inner, inner.length());
        boolean opens = Character.isLetterOrDigit(first) || !whitespace(first) && before;
        boolean closes = Character.isLetterOrDigit(last) || !whitespace(last) && after;
        return opens && closes;
    }

    /** Whether what {@code node} writes begins with white space or punctuation: markup does, text as it begins. */
    private static boolean startsWithSpaceOrPunctuation(Inline node) {
        if (!(node instanceof Inline.Text t)) return true;
        return t.text().isEmpty() || spaceOrPunctuation(t.text().codePointAt(0));
    }

    private static boolean spaceOrPunctuation(int c) {
        return whitespace(c) || !Character.isLetterOrDigit(c);
    }

    private static boolean whitespace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Whether the text ends in a delimiter, which a run beside it would join. */
    private static boolean endsInDelimiter(StringBuilder text) {
        return !text.isEmpty() && delimiter(text.charAt(text.length() - 1));
    }

    private static boolean delimiter(char c) {
        return c == '*' || c == '_' || c == '~';
    }
}
