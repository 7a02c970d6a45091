package io.geopress.ingest;

import io.geopress.model.Inline;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Raw HTML inside Markdown: the one place that reads it, and never as markup. Inline, the tags of simple styles
 * ({@code <b> <strong> <i> <em> <del> <s> <sub> <sup> <code>}), {@code <br>} and {@code <a href>} become the same
 * inline nodes as their Markdown; any other tag is dropped, the text around it kept, and an inline element that holds
 * more than text ({@link #EMBEDS}: an image, a frame) is its text, with a warning. A block of HTML holding one is read
 * by {@link HtmlFragment} into figures, tables and links (the Markdown body calls it); any other block is its text.
 */
final class MarkdownHtml {
    static final Set<String> EMBEDS = Set.of("img", "picture", "figure", "table", "iframe", "video", "audio", "object", "embed");

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*+)([^>]*+)>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([A-Za-z_:][-A-Za-z0-9_:.]*+)\\s*+=\\s*+(?:\"([^\"]*+)\"|'([^']*+)'|([^\\s\"'=<>`]++))");
    private static final Map<String, Inline.Style> STYLES = Map.of("b", Inline.Style.STRONG, "strong", Inline.Style.STRONG,
            "i", Inline.Style.EMPHASIS, "em", Inline.Style.EMPHASIS, "del", Inline.Style.STRIKE, "s", Inline.Style.STRIKE,
            "sub", Inline.Style.SUB, "sup", Inline.Style.SUP);

    private MarkdownHtml() {}

    /**
     * One inline tag as commonmark gives it.
     *
     * @param name the element's lower-case name, or null for a comment, declaration or processing instruction
     * @param closing whether it is an end tag ({@code </b>})
     */
    record Tag(String name, boolean closing, String attributes) {
        /** The style this tag opens or closes, or null. */
        Inline.Style style() {
            return name == null ? null : STYLES.get(name);
        }

        boolean isBreak() {
            return "br".equals(name);
        }

        boolean isCode() {
            return "code".equals(name);
        }

        boolean isLink() {
            return "a".equals(name);
        }

        /** Whether this element holds content beyond its text (an image, a frame), which is not read yet. */
        boolean embeds() {
            return name != null && !closing && EMBEDS.contains(name);
        }

        /** The value of an attribute, entities decoded, or null. */
        String attribute(String wanted) {
            Matcher m = ATTRIBUTE.matcher(attributes);
            while (m.find()) {
                if (!m.group(1).equalsIgnoreCase(wanted)) continue;
                String raw = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
                return Parser.unescapeEntities(raw, true);
            }
            return null;
        }
    }

    static Tag tag(String literal) {
        Matcher m = TAG.matcher(literal);
        if (!m.matches()) return new Tag(null, false, "");
        return new Tag(m.group(2).toLowerCase(Locale.ROOT), !m.group(1).isEmpty(), m.group(3));
    }

    /**
     * A block of raw HTML as the text a reader sees in it (none for a comment or a script).
     *
     * @param embed the name of its first element that holds more than text, or null
     */
    record HtmlText(String text, String embed) {}

    static HtmlText block(String literal) {
        Element body = Jsoup.parseBodyFragment(literal).body();
        Element first = body.selectFirst(String.join(", ", EMBEDS));
        return new HtmlText(body.text(), first == null ? null : first.tagName());
    }
}
