package io.geopress.ingest;

import io.geopress.model.Inline;
import io.geopress.text.Script;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The plain text of Markdown, as the language guess and the title's comparison read it. */
final class MarkdownPlain {
    private MarkdownPlain() {}

    /** Whether the nodes hold a link: a paragraph of a link without words ("[1](…)") still says where. */
    static boolean hasLink(List<Inline> nodes) {
        for (Inline node : nodes) {
            if (node instanceof Inline.Link) return true;
            if (node instanceof Inline.Styled s && hasLink(s.children())) return true;
        }
        return false;
    }

    /** The plain text of a paragraph or heading, to tell its language by: link text kept, code spans as text. */
    static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        inline(node, sb);
        return joinLines(sb);
    }

    private static void inline(Node parent, StringBuilder sb) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                sb.append(text.getLiteral());
            } else if (node instanceof Code code) {
                sb.append(code.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                sb.append('\n');
            } else if (!(node instanceof Image) && !(node instanceof HtmlInline)) {
                inline(node, sb);
            }
        }
    }

    /** Collapses white space as {@link InlineSpaces} does, in a plain text. */
    static String joinLines(CharSequence text) {
        int n = text.length();
        char[] out = new char[n];
        int length = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!InlineSpaces.isSpace(c)) {
                out[length++] = c;
                i++;
                continue;
            }
            boolean lineBreak = false;
            int end = i;
            while (end < n && InlineSpaces.isSpace(text.charAt(end))) {
                lineBreak |= text.charAt(end) == '\n';
                end++;
            }
            boolean inside = length > 0 && end < n;
            boolean wideAround = inside && InlineSpaces.isWide(out[length - 1]) && InlineSpaces.isWide(text.charAt(end));
            if (inside && !(lineBreak && wideAround)) out[length++] = ' ';
            i = end;
        }
        return new String(out, 0, length);
    }

    /** The opposite of {@link Script#hasNoWords}, stopping at the first Latin letter or Han character. */
    static boolean hasWords(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x250 ? Character.isLetter(c) : Script.isHan(text.codePointAt(i))) return true;
        }
        return false;
    }
}
