package io.geopress.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** A {@code <pre>} block: its text exactly as written, and the language its classes name. */
final class HtmlCode {
    private HtmlCode() {}

    /** The text of a {@code <pre>} and all inside it (highlighting spans included), a {@code <br>} a line break. */
    static String preformatted(Element pre) {
        StringBuilder sb = new StringBuilder();
        append(pre, sb);
        return sb.toString();
    }

    private static void append(Node node, StringBuilder sb) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (child instanceof Element e && e.normalName().equals("br")) {
                sb.append('\n');
            } else if (child instanceof Element e && !HtmlText.SILENT_TAGS.contains(e.normalName())) {
                append(e, sb);
            }
        }
    }

    /**
     * The language a {@code language-x} or {@code lang-x} class names (on the {@code <code>} inside, else on the
     * {@code <pre>}), or a {@code data-lang} attribute; null when none does.
     */
    static String language(Element pre) {
        Element code = pre.children().size() == 1 && pre.child(0).normalName().equals("code") ? pre.child(0) : null;
        for (Element e : code == null ? new Element[] {pre} : new Element[] {code, pre}) {
            for (String name : e.classNames()) {
                if (name.startsWith("language-") && name.length() > 9) return name.substring(9);
                if (name.startsWith("lang-") && name.length() > 5) return name.substring(5);
            }
            for (String attr : new String[] {"data-lang", "data-language"}) {
                if (!e.attr(attr).isBlank()) return e.attr(attr).strip();
            }
        }
        return null;
    }
}
