package io.geopress.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The footnotes of a page as the common generators write them (Pandoc, markdown-it, goldmark and kramdown, Hugo,
 * MediaWiki): a reference is a link to {@code #id}, in a {@code <sup>} or marked as a note reference, where the id is
 * an item of a numbered list of notes, a list inside an element marked as footnotes or one whose items such links
 * name. A footnote's label is its number in its list, which the references to it take too.
 */
final class HtmlFootnotes {
    private static final Set<String> BACK_ARROWS = Set.of("\u21A9", "\u21A9\uFE0E", "\u21A9\uFE0F", "^", "\u2191");

    private final Map<String, String> labels = new HashMap<>();
    private final Set<Element> lists = new HashSet<>();
    private final Set<String> referenceIds = new HashSet<>();

    private HtmlFootnotes() {}

    static HtmlFootnotes of(Element content) {
        HtmlFootnotes notes = new HtmlFootnotes();
        Set<String> named = new HashSet<>();
        for (Element a : content.select("a[href^=#]")) {
            if (!looksLikeReference(a)) continue;
            named.add(a.attr("href").substring(1));
            if (!a.id().isEmpty()) notes.referenceIds.add(a.id());
            Element sup = a.parent();
            if (sup != null && sup.normalName().equals("sup") && !sup.id().isEmpty()) notes.referenceIds.add(sup.id());
        }
        for (Element ol : content.select("ol")) {
            boolean referenced = ol.children().stream().anyMatch(li -> named.contains(li.id()));
            if (!referenced && !inContainer(ol)) continue;
            notes.lists.add(ol);
            int number = start(ol);
            for (Element li : ol.children()) {
                if (!li.normalName().equals("li")) continue;
                if (!li.id().isEmpty()) notes.labels.put(li.id(), Integer.toString(number));
                number++;
            }
        }
        return notes;
    }

    boolean isList(Element e) {
        return lists.contains(e);
    }

    /** The label of the footnote a link refers to, or null when it is no reference to a footnote. */
    String reference(Element a) {
        String href = a.attr("href").strip();
        return href.startsWith("#") && looksLikeReference(a) ? labels.get(href.substring(1)) : null;
    }

    /** Whether a link inside a footnote leads back to its reference: page navigation, which a page makes anew. */
    boolean isBacklink(Element a) {
        String href = a.attr("href").strip();
        if (!href.startsWith("#")) return false;
        return referenceIds.contains(href.substring(1)) || a.attr("role").equals("doc-backlink")
                || classHas(a, "back") || classHas(a, "reversefootnote") || BACK_ARROWS.contains(a.text().strip());
    }

    /** An element holding a page's footnotes: {@code <section class="footnotes">}, {@code role="doc-endnotes"}. */
    static boolean isContainer(Element e) {
        String role = e.attr("role");
        if (role.equals("doc-endnotes") || role.equals("doc-footnotes")) return true;
        return !e.normalName().equals("a") && !e.normalName().equals("sup")
                && (classHas(e, "footnote") || classHas(e, "endnote") || e.hasClass("references") || e.hasClass("reflist"));
    }

    private static boolean inContainer(Element ol) {
        for (Element e = ol; e != null; e = e.parent()) if (isContainer(e)) return true;
        return false;
    }

    private static boolean looksLikeReference(Element a) {
        Element parent = a.parent();
        return parent != null && parent.normalName().equals("sup") || a.attr("role").equals("doc-noteref")
                || a.attr("rel").equals("footnote") || classHas(a, "footnote") || classHas(a, "fnref")
                || classHas(a, "noteref") || !a.select("sup").isEmpty();
    }

    /** The number of an ordered list's first item. */
    static int start(Element ol) {
        try {
            return ol.hasAttr("start") ? Integer.parseInt(ol.attr("start").strip()) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static boolean classHas(Element e, String word) {
        for (String name : e.classNames()) if (name.toLowerCase(Locale.ROOT).contains(word)) return true;
        return false;
    }
}
