package io.geopress.ingest;

import io.geopress.ingest.MarkdownFigures.FigureSource;
import io.geopress.model.Inline;
import io.geopress.model.LinkTarget;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.function.ToIntFunction;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * commonmark's inline nodes as geopress's ({@link Inline}): emphasis, strong, struck-through text, inline code, links
 * (with their title), autolinks, hard breaks, footnote references and the simple tags of raw HTML ({@link
 * MarkdownHtml}); a soft break is white space. A link whose address {@link LinkTarget} refuses is its text, with a
 * warning. Images, and Hugo's figure shortcodes, leave the text: they come back as the figures that follow it; other
 * shortcodes are what {@link HugoShortcodes} makes of them.
 */
final class MarkdownInline {
    /** A block's text as inline nodes, and the figures that were in it, in order. */
    record Converted(List<Inline> nodes, List<FigureSource> figures) {
        String plain() {
            return Inline.plain(nodes);
        }
    }

    /** An open raw HTML tag, collecting what follows until its end tag; {@code figures} were found before it. */
    private record Frame(MarkdownHtml.Tag tag, List<Inline> nodes, int figures) {}

    private final String name;
    private final ToIntFunction<Node> lineOf;
    private final List<String> warnings;
    private final Captions captions;
    private final HugoShortcodes shortcodes;

    /** Reads a text as inline Markdown: a figure shortcode's caption, written on {@code line}. */
    interface Captions {
        List<Inline> read(String markdown, int line);
    }

    /**
     * @param name how warnings name the file
     * @param lineOf the file line of a node
     * @param shortcodes what Hugo shortcodes other than {@code figure} become
     */
    MarkdownInline(String name, ToIntFunction<Node> lineOf, List<String> warnings, Captions captions, HugoShortcodes shortcodes) {
        this.name = name;
        this.lineOf = lineOf;
        this.warnings = warnings;
        this.captions = captions;
        this.shortcodes = shortcodes;
    }

    Converted convert(Node parent) {
        shortcodes.linkReferences(parent, lineOf);
        List<FigureSource> figures = new ArrayList<>();
        List<Inline> nodes = InlineSpaces.collapse(children(parent, figures));
        return new Converted(nodes, figures);
    }

    private List<Inline> children(Node parent, List<FigureSource> figures) {
        Deque<Frame> open = new ArrayDeque<>();
        List<Inline> top = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            List<Inline> into = open.isEmpty() ? top : open.peek().nodes();
            if (node instanceof Text text) {
                into.add(new Inline.Text(text.getLiteral()));
            } else if (node instanceof SoftLineBreak) {
                into.add(new Inline.Text("\n"));
            } else if (node instanceof HardLineBreak) {
                into.add(new Inline.Break());
            } else if (node instanceof Code code) {
                into.add(new Inline.Code(code.getLiteral()));
            } else if (node instanceof Emphasis) {
                into.add(new Inline.Styled(Inline.Style.EMPHASIS, children(node, figures)));
            } else if (node instanceof StrongEmphasis) {
                into.add(new Inline.Styled(Inline.Style.STRONG, children(node, figures)));
            } else if (node instanceof Strikethrough) {
                into.add(new Inline.Styled(Inline.Style.STRIKE, children(node, figures)));
            } else if (node instanceof Link link) {
                int before = figures.size();
                link(link.getDestination(), link.getTitle(), children(node, figures), figures, before, into, node);
            } else if (node instanceof Image image) {
                String alt = Inline.plain(InlineSpaces.collapse(children(node, new ArrayList<>())));
                figures.add(FigureSource.image(image.getDestination(), image.getTitle(), alt, lineOf.applyAsInt(node)));
            } else if (node instanceof MarkdownFootnotes.Reference reference) {
                into.add(new Inline.NoteRef(reference.label));
            } else if (node instanceof HugoShortcode.Node shortcode && shortcode.name.equals("figure") && !shortcode.closing) {
                FigureSource figure = HugoFigure.figure(shortcode, name, lineOf.applyAsInt(node), warnings, captions);
                if (figure == null) into.add(new Inline.Text(shortcode.text));
                else figures.add(figure);
            } else if (node instanceof HugoShortcode.Node shortcode) {
                into.addAll(shortcodes.inline(shortcode, lineOf.applyAsInt(node)));
            } else if (node instanceof HtmlInline html) {
                html(MarkdownHtml.tag(html.getLiteral()), open, top, figures, node);
            } else {
                into.addAll(children(node, figures));
            }
        }
        while (!open.isEmpty()) unwrap(open, top); // a tag never closed styles nothing
        return top;
    }

    /** A link, or its text when its address is refused; the images inside it (figures from {@code before} on) take it. */
    private void link(String url, String title, List<Inline> children, List<FigureSource> figures, int before, List<Inline> into,
            Node at) {
        String problem = LinkTarget.problem(url);
        if (problem != null) {
            warnings.add(name + ":" + lineOf.applyAsInt(at) + ": link '" + BlockPairer.head(url == null ? "" : url) + "': "
                    + problem + "; kept as text");
            into.addAll(children);
            return;
        }
        for (int i = before; i < figures.size(); i++) {
            if (figures.get(i).link() == null) figures.set(i, figures.get(i).linkedTo(url));
        }
        boolean onlyImages = figures.size() > before && Inline.plain(children).isBlank();
        if (!onlyImages) into.add(new Inline.Link(url, title, children));
    }

    private void html(MarkdownHtml.Tag tag, Deque<Frame> open, List<Inline> top, List<FigureSource> figures, Node at) {
        List<Inline> into = open.isEmpty() ? top : open.peek().nodes();
        if (tag.isBreak()) {
            into.add(new Inline.Break());
        } else if (tag.embeds()) {
            warnings.add(name + ":" + lineOf.applyAsInt(at) + ": raw HTML <" + tag.name() + "> is not read yet: only its"
                    + " text is kept; write it in Markdown (![alt](src), a table) to keep it whole");
            String alt = tag.attribute("alt");
            if (alt != null) into.add(new Inline.Text(alt));
        } else if (!tag.closing() && (tag.style() != null || tag.isCode() || tag.isLink())) {
            open.push(new Frame(tag, new ArrayList<>(), figures.size()));
        } else if (tag.closing()) {
            close(tag.name(), open, top, figures, at);
        }
        // any other tag is dropped, the text around it kept
    }

    /** Ends the innermost open tag named {@code name}, and those opened inside it that were never closed. */
    private void close(String name, Deque<Frame> open, List<Inline> top, List<FigureSource> figures, Node at) {
        boolean isOpen = false;
        for (Iterator<Frame> it = open.iterator(); it.hasNext() && !isOpen; ) isOpen = it.next().tag().name().equals(name);
        if (!isOpen) return;
        while (!open.peek().tag().name().equals(name)) unwrap(open, top);
        Frame frame = open.pop();
        List<Inline> into = open.isEmpty() ? top : open.peek().nodes();
        MarkdownHtml.Tag tag = frame.tag();
        if (tag.style() != null) {
            into.add(new Inline.Styled(tag.style(), frame.nodes()));
        } else if (tag.isCode()) {
            into.add(new Inline.Code(Inline.plain(frame.nodes())));
        } else if (tag.attribute("href") == null) { // an anchor, <a name>
            into.addAll(frame.nodes());
        } else {
            link(tag.attribute("href"), tag.attribute("title"), frame.nodes(), figures, frame.figures(), into, at);
        }
    }

    private static void unwrap(Deque<Frame> open, List<Inline> top) {
        Frame frame = open.pop();
        (open.isEmpty() ? top : open.peek().nodes()).addAll(frame.nodes());
    }
}
