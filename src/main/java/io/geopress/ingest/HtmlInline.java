package io.geopress.ingest;

import io.geopress.ingest.BlockPairer.Candidate;
import io.geopress.model.BlockKind;
import io.geopress.model.Figure;
import io.geopress.model.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads running HTML text into inline nodes: links (resolved, and only those {@link io.geopress.model.LinkTarget}
 * allows), strong, emphasis, struck-through, sub- and superscript, inline code, line breaks and footnote
 * references. Any other element gives its text. Images and embedded frames in the text cannot be inline: they come
 * out as blocks to put after it.
 */
final class HtmlInline {
    private static final Map<String, Inline.Style> STYLES = Map.ofEntries(Map.entry("strong", Inline.Style.STRONG),
            Map.entry("b", Inline.Style.STRONG), Map.entry("em", Inline.Style.EMPHASIS),
            Map.entry("i", Inline.Style.EMPHASIS), Map.entry("cite", Inline.Style.EMPHASIS),
            Map.entry("dfn", Inline.Style.EMPHASIS), Map.entry("var", Inline.Style.EMPHASIS),
            Map.entry("del", Inline.Style.STRIKE), Map.entry("s", Inline.Style.STRIKE),
            Map.entry("strike", Inline.Style.STRIKE), Map.entry("sub", Inline.Style.SUB), Map.entry("sup", Inline.Style.SUP));
    private static final Set<String> CODE = Set.of("code", "kbd", "samp", "tt");
    private static final Set<String> EMBEDS = Set.of("iframe", "video", "audio", "embed", "object");
    private static final Pattern IMAGE_FILE = Pattern.compile("\\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)(?:[?#].*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTE_BRACKETS = Pattern.compile("[\\s\\[\\]()（）【】]*");

    private final HtmlReading reading;
    private final Predicate<Element> skip;
    private final InlineBuilder out = new InlineBuilder();
    private final List<Candidate> after = new ArrayList<>();

    /** @param skip elements the caller reads itself (a list item's nested lists), left out of the text */
    HtmlInline(HtmlReading reading, Predicate<Element> skip) {
        this.reading = reading;
        this.skip = skip;
    }

    HtmlInline(HtmlReading reading) {
        this(reading, e -> false);
    }

    void add(Node node) {
        if (node instanceof TextNode t) {
            out.text(t.getWholeText());
        } else if (node instanceof Element e && !skip.test(e)) {
            element(e);
        }
    }

    void addChildren(Element parent) {
        for (Node child : parent.childNodes()) add(child);
    }

    /** The children of {@code parent}, each block among them (a note's or a caption's paragraph) a line of its own. */
    void addLines(Element parent) {
        boolean afterBlock = false;
        for (Node child : parent.childNodes()) {
            if (child instanceof Element e && HtmlText.isBlock(e) && !skip.test(e)) {
                if (!out.isEmpty()) out.lineBreak();
                addChildren(e);
                afterBlock = true;
            } else {
                if (afterBlock && !(child instanceof TextNode t && t.isBlank())) {
                    out.lineBreak();
                    afterBlock = false;
                }
                add(child);
            }
        }
    }

    List<Inline> nodes() {
        return out.nodes();
    }

    /** The figures and embedded frames met in the text, as blocks in their order. */
    List<Candidate> after() {
        return List.copyOf(after);
    }

    private void element(Element e) {
        String tag = e.normalName();
        String note = tag.equals("sup") ? noteOnly(e) : null;
        if (tag.equals("br")) {
            out.lineBreak();
        } else if (tag.equals("img")) {
            image(e);
        } else if (tag.equals("picture")) {
            Element img = e.selectFirst("img");
            if (img != null) image(img);
        } else if (EMBEDS.contains(tag)) {
            embed(e);
        } else if (HtmlText.SILENT_TAGS.contains(tag)) {
            return;
        } else if (tag.equals("a")) {
            link(e);
        } else if (CODE.contains(tag)) {
            out.code(e.wholeText());
        } else if (note != null) { // the reference alone: no superscript around it, no brackets
            out.node(new Inline.NoteRef(note));
        } else if (STYLES.containsKey(tag)) {
            Inline.Style style = STYLES.get(tag);
            out.open();
            addChildren(e);
            out.close(children -> new Inline.Styled(style, children));
        } else if (tag.equals("q")) {
            out.text("“");
            addChildren(e);
            out.text("”");
        } else if (HtmlText.isBlock(e)) { // a block inside running text (a link around a card) is read as text
            out.text(" ");
            addChildren(e);
            out.text(" ");
        } else {
            addChildren(e);
        }
    }

    private void link(Element a) {
        String note = reading.notes().reference(a);
        if (note != null) {
            out.node(new Inline.NoteRef(note));
            return;
        }
        if (reading.notes().isBacklink(a)) return;
        String href = a.attr("href").strip();
        if (href.isEmpty() || href.equals("#")) {
            addChildren(a);
            return;
        }
        if (HtmlText.text(a).isEmpty()) { // nothing to click but an image: the figure cannot hold the link
            addChildren(a);
            if (a.selectFirst("img") != null && !IMAGE_FILE.matcher(href).find()) {
                reading.warn(a, "the link around an image, to '" + BlockPairer.head(href)
                        + "', is not kept (a figure has no link)");
            }
            return;
        }
        String url = reading.target(a, href, "link", "; its text is kept");
        if (url == null) {
            addChildren(a);
            return;
        }
        out.open();
        addChildren(a);
        out.close(children -> new Inline.Link(url, a.attr("title"), children));
    }

    /** The label when a {@code <sup>} holds only a footnote reference (and brackets), else null. */
    private String noteOnly(Element sup) {
        Element a = null;
        for (Node child : sup.childNodes()) {
            if (child instanceof TextNode t && NOTE_BRACKETS.matcher(t.getWholeText()).matches()) continue;
            if (a != null || !(child instanceof Element e) || !e.normalName().equals("a")) return null;
            a = e;
        }
        return a == null ? null : reading.notes().reference(a);
    }

    private void image(Element img) {
        Figure figure = HtmlImages.figure(img, reading);
        if (figure != null) after.add(Candidates.figure(figure, List.of(), reading.line(img)));
    }

    /** An embedded frame, video or sound: a paragraph with a link to it, named by its title when it has one. */
    private void embed(Element e) {
        String src = e.hasAttr("src") ? e.attr("src") : e.hasAttr("data") ? e.attr("data") : e.select("source[src]").attr("src");
        if (src.isBlank()) return;
        String what = "embedded " + e.normalName().toLowerCase(Locale.ROOT);
        String url = reading.target(e, src, what, "");
        if (url == null) return;
        String title = HtmlText.collapse(e.attr("title"));
        List<Inline> link = List.of(new Inline.Link(url, null, List.of(new Inline.Text(title.isEmpty() ? url : title))));
        after.add(Candidates.text(BlockKind.PARAGRAPH, 0, false, link, reading.line(e)));
    }
}
