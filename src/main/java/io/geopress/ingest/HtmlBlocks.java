package io.geopress.ingest;

import io.geopress.ingest.BlockPairer.Candidate;
import io.geopress.model.BlockKind;
import io.geopress.text.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns extracted HTML content into one-language blocks in document order: headings, paragraphs, list items
 * with their depth, quotes. Heading levels are those of the page ({@code h1} = 1); {@link #shiftHeadings}
 * moves them under the page title.
 */
final class HtmlBlocks {
    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "caption", "dd",
            "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
            "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");
    /** Elements whose text is not page text: what Readability leaves of the head, controls, media. */
    static final Set<String> SILENT_TAGS = Set.of("head", "title", "meta", "link", "base", "script", "style",
            "noscript", "template", "svg", "math", "canvas", "img", "picture", "video", "audio", "iframe",
            "object", "embed", "button", "input", "select", "textarea", "option");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+");
    private static final Pattern HEADING = Pattern.compile("h[1-6]");

    private final List<Candidate> out = new ArrayList<>();

    private HtmlBlocks() {}

    static List<Candidate> of(Element content) {
        HtmlBlocks walker = new HtmlBlocks();
        walker.children(content, 0, false);
        return List.copyOf(walker.out);
    }

    /** Moves heading levels so the top heading of the body is level 2, keeping the steps between them. */
    static List<Candidate> shiftHeadings(List<Candidate> candidates) {
        int top = candidates.stream().filter(c -> c.kind() == BlockKind.HEADING).mapToInt(Candidate::level)
                .min().orElse(2);
        return candidates.stream()
                .map(c -> c.kind() != BlockKind.HEADING ? c : new Candidate(c.kind(),
                        Math.max(2, Math.min(6, c.level() - top + 2)), false, c.text(), c.line()))
                .toList();
    }

    private void children(Element parent, int depth, boolean quote) {
        StringBuilder inline = new StringBuilder();
        Node first = null;
        for (Node node : parent.childNodes()) {
            if (node instanceof Element e && isBlock(e)) {
                add(quote ? BlockKind.QUOTE : BlockKind.PARAGRAPH, 0, false, inline.toString(), first);
                inline.setLength(0);
                first = null;
                element(e, depth, quote);
            } else {
                int before = inline.length();
                appendText(node, inline, false);
                if (first == null && inline.length() > before) first = node;
            }
        }
        add(quote ? BlockKind.QUOTE : BlockKind.PARAGRAPH, 0, false, inline.toString(), first);
    }

    /** Readability wraps loose text in {@code <p class="readability-styled">} shown inline: not a block. */
    private static boolean isBlock(Element e) {
        return BLOCK_TAGS.contains(e.normalName()) && !e.hasClass("readability-styled");
    }

    private void element(Element e, int depth, boolean quote) {
        String tag = e.normalName();
        if (HEADING.matcher(tag).matches()) {
            add(BlockKind.HEADING, tag.charAt(1) - '0', false, text(e, false), e);
        } else if (tag.equals("ul") || tag.equals("ol")) {
            list(e, depth + 1);
        } else if (tag.equals("li")) {
            item(e, Math.max(1, depth), false);
        } else if (tag.equals("blockquote")) {
            children(e, depth, true);
        } else if (tag.equals("p") || tag.equals("pre") || tag.equals("dt") || tag.equals("dd")
                || tag.equals("figcaption") || tag.equals("caption") || tag.equals("summary")) {
            add(quote ? BlockKind.QUOTE : BlockKind.PARAGRAPH, 0, false, text(e, false), e);
        } else if (!tag.equals("hr")) {
            children(e, depth, quote);
        }
    }

    private void list(Element list, int depth) {
        boolean ordered = list.normalName().equals("ol");
        for (Element child : list.children()) {
            if (child.normalName().equals("li")) item(child, depth, ordered);
            else element(child, depth - 1, false);
        }
    }

    /** A list item's own text, then its nested lists one level deeper. */
    private void item(Element li, int depth, boolean ordered) {
        add(BlockKind.LIST_ITEM, depth, ordered, text(li, true), li);
        for (Element nested : li.select("ul, ol")) {
            Element outer = nested.parent();
            while (outer != li && !outer.normalName().equals("ul") && !outer.normalName().equals("ol")) {
                outer = outer.parent();
            }
            if (outer == li) list(nested, depth + 1);
        }
    }

    private void add(BlockKind kind, int level, boolean ordered, String raw, Node at) {
        String text = collapse(raw);
        if (text.isEmpty() || Script.hasNoWords(text)) return;
        out.add(new Candidate(kind, level, ordered, text, line(at)));
    }

    /** The visible text of an element, whitespace collapsed; {@code withoutLists} leaves nested lists out. */
    static String text(Element e, boolean withoutLists) {
        StringBuilder sb = new StringBuilder();
        for (Node child : e.childNodes()) appendText(child, sb, withoutLists);
        return collapse(sb.toString());
    }

    private static void appendText(Node node, StringBuilder sb, boolean withoutLists) {
        if (node instanceof TextNode t) {
            sb.append(t.getWholeText());
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (SILENT_TAGS.contains(tag) || (withoutLists && (tag.equals("ul") || tag.equals("ol")))) return;
            boolean block = tag.equals("br") || isBlock(e);
            if (block) sb.append(' ');
            for (Node child : e.childNodes()) appendText(child, sb, withoutLists);
            if (block) sb.append(' ');
        }
    }

    /**
     * Collapses whitespace; a single space between two Chinese characters is dropped, as it comes from a line
     * break in the HTML source, not from the writer.
     */
    static String collapse(String raw) {
        String text = SPACES.matcher(raw).replaceAll(" ").strip();
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < text.length() && isWide(text.charAt(i - 1)) && isWide(text.charAt(i + 1))) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean isWide(char c) {
        return Script.isHan(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }

    /** The source line of a node, or of the first node inside it that has one (Readability moves nodes). */
    private static int line(Node at) {
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
