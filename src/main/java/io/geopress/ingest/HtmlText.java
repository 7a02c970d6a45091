package io.geopress.ingest;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** What the HTML readers share about elements: which are blocks, which show no text, and an element's plain text. */
final class HtmlText {
    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "caption", "dd",
            "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
            "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");
    /** Elements whose text is not page text: what Readability leaves of the head, controls, media. */
    static final Set<String> SILENT_TAGS = Set.of("head", "title", "meta", "link", "base", "script", "style",
            "noscript", "template", "svg", "math", "canvas", "img", "picture", "video", "audio", "iframe",
            "object", "embed", "button", "input", "select", "textarea", "option");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+");

    private HtmlText() {}

    /** Readability wraps loose text in {@code <p class="readability-styled">} shown inline: not a block. */
    static boolean isBlock(Element e) {
        return BLOCK_TAGS.contains(e.normalName()) && !e.hasClass("readability-styled");
    }

    /** The visible text of an element without its markup, white space collapsed. */
    static String text(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node child : e.childNodes()) appendText(child, sb);
        return collapse(sb.toString());
    }

    private static void appendText(Node node, StringBuilder sb) {
        if (node instanceof TextNode t) {
            sb.append(t.getWholeText());
        } else if (node instanceof Element e) {
            if (SILENT_TAGS.contains(e.normalName())) return;
            boolean block = e.normalName().equals("br") || isBlock(e);
            if (block) sb.append(' ');
            for (Node child : e.childNodes()) appendText(child, sb);
            if (block) sb.append(' ');
        }
    }

    /** Collapses white space as {@link InlineBuilder} does: one space for a run, none between two Chinese characters. */
    static String collapse(String raw) {
        String text = SPACES.matcher(raw).replaceAll(" ").strip();
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < text.length() && InlineBuilder.isWide(text.charAt(i - 1))
                    && InlineBuilder.isWide(text.charAt(i + 1))) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The source line of a node, or of the first node around or inside it that has one. */
    static int line(Node at) {
        for (Node n = at; n != null; n = n.parent()) {
            int line = firstTracked(n);
            if (line > 0) return line;
        }
        return 1;
    }

    private static int firstTracked(Node n) {
        if (n.sourceRange().isTracked()) return n.sourceRange().start().lineNumber();
        for (Node child : n.childNodes()) {
            int line = firstTracked(child);
            if (line > 0) return line;
        }
        return 0;
    }
}
