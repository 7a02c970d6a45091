package io.geopress.ingest;

import io.geopress.ingest.BlockPairer.Candidate;
import io.geopress.ingest.MarkdownFigures.FigureSource;
import io.geopress.model.BlockKind;
import io.geopress.model.Footnote;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.text.Script;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * The text of one footnote definition: its paragraphs (and what its lists, quotes or code hold) joined by line
 * breaks, one text per language; a single text holding both languages side by side is split ({@link
 * ScriptSplit}). Each language is one footnote candidate with the note's label, which the pairer joins.
 */
final class MarkdownNote {
    private final String label;
    private final int line;
    private final List<Inline> zh = new ArrayList<>();
    private final List<Inline> en = new ArrayList<>();
    private final List<FigureSource> figures = new ArrayList<>();
    private Lang first;
    private Lang last = Lang.ZH;

    MarkdownNote(String label, int line) {
        this.label = label;
        this.line = line;
    }

    /** Reads the blocks under {@code parent}; footnotes defined inside it go to {@code nested}, to follow it. */
    void collect(Node parent, MarkdownInline inline, List<MarkdownFootnotes.Definition> nested) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof MarkdownFootnotes.Definition definition) {
                nested.add(definition);
            } else if (node instanceof Paragraph || node instanceof Heading || node instanceof TableCell) {
                MarkdownInline.Converted text = inline.convert(node);
                figures.addAll(text.figures());
                add(text.nodes());
            } else if (node instanceof FencedCodeBlock code) {
                add(List.of(new Inline.Code(code.getLiteral().strip())));
            } else if (node instanceof IndentedCodeBlock code) {
                add(List.of(new Inline.Code(code.getLiteral().strip())));
            } else {
                collect(node, inline, nested);
            }
        }
    }

    private void add(List<Inline> nodes) {
        if (nodes.isEmpty()) return;
        String plain = Inline.plain(nodes);
        Lang lang = MarkdownPlain.hasWords(plain) ? Script.dominant(plain) : last;
        List<Inline> into = lang == Lang.ZH ? zh : en;
        if (!into.isEmpty()) into.add(new Inline.Break());
        into.addAll(nodes);
        if (first == null) first = lang;
        last = lang;
    }

    List<FigureSource> figures() {
        return figures;
    }

    List<Candidate> candidates() {
        if (first == null) return List.of(candidate(List.of()));
        if (!zh.isEmpty() && !en.isEmpty()) {
            return first == Lang.ZH ? List.of(candidate(zh), candidate(en)) : List.of(candidate(en), candidate(zh));
        }
        List<Inline> only = zh.isEmpty() ? en : zh;
        ScriptSplit.Halves halves = ScriptSplit.split(only);
        return halves == null ? List.of(candidate(only)) : List.of(candidate(halves.before()), candidate(halves.after()));
    }

    private Candidate candidate(List<Inline> nodes) {
        return new Candidate(BlockKind.FOOTNOTE, 0, false, Inline.plain(nodes), line, nodes, new Footnote(label));
    }
}
