package io.geopress.ingest;

import io.geopress.ingest.BlockPairer.Candidate;
import io.geopress.model.BlockKind;
import io.geopress.model.Inline;
import io.geopress.model.Snippet;
import io.geopress.model.Table;
import io.geopress.text.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns HTML content into one-language blocks in document order: headings, paragraphs, list items with their depth,
 * quotes with their citation, figures, tables, code, rules and footnotes, their text as inline nodes
 * ({@link HtmlInline}). Heading levels are those of the page ({@code h1} = 1); {@link #shiftHeadings} moves them
 * under the page title.
 */
final class HtmlBlocks {
    private static final Pattern HEADING = Pattern.compile("h[1-6]");
    /** What a list item holds that is a block of its own, read after the item's text. */
    private static final Set<String> OWN_BLOCKS = Set.of("ul", "ol", "pre", "table", "figure", "blockquote");

    private final HtmlReading reading;
    private final List<Candidate> out = new ArrayList<>();

    private HtmlBlocks(HtmlReading reading) {
        this.reading = reading;
    }

    static List<Candidate> of(Element content, HtmlReading reading) {
        HtmlBlocks walker = new HtmlBlocks(reading);
        walker.children(content, 0, BlockKind.PARAGRAPH, e -> false);
        return List.copyOf(walker.out);
    }

    /** Moves heading levels so the top heading of the body is level 2, keeping the steps between them. */
    static List<Candidate> shiftHeadings(List<Candidate> candidates) {
        int top = candidates.stream().filter(c -> c.kind() == BlockKind.HEADING).mapToInt(Candidate::level)
                .min().orElse(2);
        return candidates.stream()
                .map(c -> c.kind() != BlockKind.HEADING ? c : new Candidate(c.kind(),
                        Math.max(2, Math.min(6, c.level() - top + 2)), false, c.text(), c.line(), c.nodes(), c.detail()))
                .toList();
    }

    /** The children of {@code parent}: block elements as blocks, the running text between them as paragraphs. */
    private void children(Element parent, int depth, BlockKind kind, Predicate<Element> skip) {
        HtmlInline run = new HtmlInline(reading);
        Node first = null;
        for (Node node : parent.childNodes()) {
            if (node instanceof Element e && skip.test(e)) continue;
            if (node instanceof Element e && HtmlText.isBlock(e)) {
                text(kind, 0, false, run, first);
                run = new HtmlInline(reading);
                first = null;
                element(e, depth, kind);
            } else {
                if (first == null && !(node instanceof TextNode t && t.isBlank())) first = node;
                run.add(node);
            }
        }
        text(kind, 0, false, run, first);
    }

    private void element(Element e, int depth, BlockKind kind) {
        String tag = e.normalName();
        if (HEADING.matcher(tag).matches()) {
            HtmlInline heading = new HtmlInline(reading);
            heading.addChildren(e);
            text(BlockKind.HEADING, tag.charAt(1) - '0', false, heading, e);
        } else if (tag.equals("ol") && reading.notes().isList(e)) {
            footnotes(e);
        } else if (tag.equals("ul") || tag.equals("ol")) {
            list(e, depth + 1);
        } else if (tag.equals("li")) {
            item(e, Math.max(1, depth), false);
        } else if (tag.equals("blockquote")) {
            quote(e, depth, citation(e), e.attr("cite"));
        } else if (tag.equals("pre")) {
            code(e);
        } else if (tag.equals("hr")) {
            if (e.parent() == null || !HtmlFootnotes.isContainer(e.parent())) out.add(Candidates.rule(reading.line(e)));
        } else if (tag.equals("figure")) {
            figure(e, depth, kind);
        } else if (tag.equals("table")) {
            table(e, depth, kind);
        } else {
            children(e, depth, kind, c -> false);
        }
    }

    private void list(Element list, int depth) {
        boolean ordered = list.normalName().equals("ol");
        for (Element child : list.children()) {
            if (child.normalName().equals("li")) item(child, depth, ordered);
            else element(child, depth - 1, BlockKind.PARAGRAPH);
        }
    }

    /** A list item's own text, then what it holds that is a block of its own: nested lists one level deeper. */
    private void item(Element li, int depth, boolean ordered) {
        List<Element> own = new ArrayList<>();
        for (Element nested : li.select(String.join(", ", OWN_BLOCKS))) {
            Element outer = nested.parent();
            while (outer != li && !OWN_BLOCKS.contains(outer.normalName())) outer = outer.parent();
            if (outer == li) own.add(nested);
        }
        HtmlInline text = new HtmlInline(reading, own::contains);
        text.addChildren(li);
        text(BlockKind.LIST_ITEM, depth, ordered, text, li);
        for (Element block : own) {
            boolean list = block.normalName().equals("ul") || (block.normalName().equals("ol") && !reading.notes().isList(block));
            if (list) {
                list(block, depth + 1);
            } else {
                element(block, depth, BlockKind.PARAGRAPH);
            }
        }
    }

    /**
     * A quote's paragraphs, its citation (a {@code <footer>} or {@code <cite>} in it, a figure's caption around it,
     * its {@code cite} address) as the last line of its last paragraph: "— name", linked to the address.
     */
    private void quote(Element quote, int depth, Element citation, String address) {
        int before = out.size();
        children(quote, depth, BlockKind.QUOTE, e -> e == citation);
        List<Inline> line = HtmlQuotes.citation(citation, quote, address, reading);
        if (line.isEmpty()) return;
        Candidate last = out.size() > before ? out.get(out.size() - 1) : null;
        if (last != null && last.kind() == BlockKind.QUOTE) {
            List<Inline> nodes = new ArrayList<>(last.nodes());
            nodes.add(new Inline.Break());
            nodes.addAll(line);
            out.set(out.size() - 1, Candidates.text(BlockKind.QUOTE, 0, false, nodes, last.line()));
        } else {
            out.add(Candidates.text(BlockKind.QUOTE, 0, false, line, reading.line(quote)));
        }
    }

    private static Element citation(Element quote) {
        for (Element child : quote.children()) if (child.normalName().equals("footer")) return child;
        for (Element child : quote.children()) if (child.normalName().equals("cite")) return child;
        return null;
    }

    private void code(Element pre) {
        String code = HtmlCode.preformatted(pre);
        if (code.isBlank()) return;
        out.add(Candidates.code(new Snippet(HtmlCode.language(pre), code), reading.line(pre)));
    }

    private void figure(Element figure, int depth, BlockKind kind) {
        Element caption = figure.children().stream().filter(c -> c.normalName().equals("figcaption")).findFirst().orElse(null);
        boolean images = figure.select("img").stream().anyMatch(img -> caption == null || !img.parents().contains(caption));
        if (images) {
            HtmlFigures.read(figure, caption, reading).forEach(out::add);
            return;
        }
        Element quote = figure.children().stream().filter(c -> c.normalName().equals("blockquote")).findFirst().orElse(null);
        if (quote != null && caption != null) {
            children(figure, depth, kind, e -> e == caption || e == quote);
            quote(quote, depth, caption, quote.attr("cite"));
            return;
        }
        int before = out.size();
        children(figure, depth, kind, e -> e == caption);
        if (caption == null) return;
        Candidate only = out.size() == before + 1 ? out.get(before) : null;
        if (only != null && only.kind() == BlockKind.TABLE && only.nodes().isEmpty()) {
            HtmlInline text = new HtmlInline(reading);
            text.addChildren(caption);
            out.set(before, Candidates.table((Table) only.detail(), text.nodes(), only.line()));
            out.addAll(text.after());
        } else {
            children(caption, depth, kind, e -> false);
        }
    }

    private void table(Element table, int depth, BlockKind kind) {
        if (HtmlTables.isLayout(table)) {
            for (Element cell : HtmlTables.cells(table)) children(cell, depth, kind, e -> false);
            return;
        }
        HtmlTables.Read read = HtmlTables.read(table, reading);
        int line = reading.line(table);
        Checks.table(reading.file(), line, read.table());
        out.add(Candidates.table(read.table(), read.caption(), line));
        out.addAll(read.after());
    }

    /** A footnote per item, labelled by its number; a note in both languages (two paragraphs) gives two. */
    private void footnotes(Element list) {
        int number = HtmlFootnotes.start(list);
        for (Element li : list.children()) {
            if (!li.normalName().equals("li")) continue;
            HtmlInline text = new HtmlInline(reading);
            text.addLines(li);
            String label = Integer.toString(number++);
            for (List<Inline> part : LanguageParts.byLines(text.nodes())) {
                if (!Inline.plain(part).isBlank()) out.add(Candidates.footnote(label, part, reading.line(li)));
            }
            out.addAll(text.after());
        }
    }

    /** The candidates of running text, a text in both languages (two lines) giving one of each; then what it held. */
    private void text(BlockKind kind, int level, boolean ordered, HtmlInline text, Node at) {
        List<Inline> nodes = text.nodes();
        if (Candidates.hasContent(Inline.plain(nodes))) {
            for (List<Inline> part : LanguageParts.byLines(nodes)) {
                out.add(Candidates.text(kind, level, ordered, part, at == null ? reading.line(null) : reading.line(at)));
            }
        }
        out.addAll(text.after());
    }
}
