package io.geopress.ingest;

import io.geopress.ingest.BlockPairer.Candidate;
import io.geopress.ingest.Imported.LocalImage;
import io.geopress.ingest.MarkdownFigures.FigureSource;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockKind;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.model.Snippet;
import io.geopress.text.Script;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Turns a Markdown body (CommonMark with GFM tables, strikethrough, autolinks and footnotes, and Hugo's
 * shortcodes) into bilingual blocks: headings, paragraphs, list items (with depth), quotes, figures, tables, code,
 * rules and footnotes, each in one language, paired by {@link BlockPairer}. Running text keeps its markup as inline
 * nodes ({@link MarkdownInline}); an image inside it comes after it as a figure. Leading level-1 headings supply or
 * repeat the title and are dropped; a level-1 heading elsewhere becomes level 2.
 */
final class MarkdownBody {
    /** The title completed from leading headings, the paired blocks, what an editor should know, the local images. */
    record Body(Bilingual title, List<Block> blocks, List<String> warnings, List<String> untranslated, List<LocalImage> images) {
        Body(Bilingual title, List<Block> blocks, List<String> warnings, List<String> untranslated) {
            this(title, blocks, warnings, untranslated, List.of());
        }
    }

    private record Context(BlockKind kind, int depth, boolean ordered) {
        static final Context TOP = new Context(BlockKind.PARAGRAPH, 0, false);
    }

    /**
     * The parser by what a text may hold: bare links to find (autolinks) and Hugo shortcodes, indexed by {@link
     * #parserFor}. Either costs time on every paragraph, so a text that cannot hold one is read without it.
     */
    private final Parser[] parsers = new Parser[4];
    private final ImagePaths paths;
    private final ShortcodeTally unknownShortcodes;

    MarkdownBody() {
        this(null, new ShortcodeTally());
    }

    /**
     * @param staticDir where image paths starting with {@code /} are, or null for the Hugo site's {@code static/}
     * @param unknownShortcodes where the import counts the shortcodes it does not know
     */
    MarkdownBody(Path staticDir, ShortcodeTally unknownShortcodes) {
        for (int i = 0; i < parsers.length; i++) parsers[i] = parser((i & 1) != 0, (i & 2) != 0);
        paths = new ImagePaths(staticDir);
        this.unknownShortcodes = unknownShortcodes;
    }

    private static Parser parser(boolean autolinks, boolean shortcodes) {
        List<Extension> extensions = new ArrayList<>(List.of(TablesExtension.create(),
                // "3~5天": one tilde is no strikethrough in Chinese text
                StrikethroughExtension.builder().requireTwoTildes(true).build()));
        if (autolinks) extensions.add(AutolinkExtension.create());
        Parser.Builder builder = Parser.builder().extensions(extensions).includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES);
        if (shortcodes) builder.customInlineContentParserFactory(HugoShortcode.factory());
        MarkdownFootnotes.extend(builder);
        return builder.build();
    }

    private Parser parserFor(String markdown) {
        boolean links = markdown.contains("://") || markdown.contains("www.") || markdown.indexOf('@') >= 0;
        return parsers[(links ? 1 : 0) | (markdown.contains("{{") ? 2 : 0)];
    }

    /**
     * @param title the title the metadata gave, possibly empty
     * @param lineOf maps a 0-based line of {@code markdown} to the file line that messages name
     */
    Body read(String markdown, Bilingual title, SourceFile file, IntUnaryOperator lineOf) {
        List<String> warnings = new ArrayList<>();
        List<LocalImage> images = new ArrayList<>();
        MarkdownLimits.beforeParsing(markdown, file, lineOf);
        String source = HugoHighlight.fenced(markdown);
        Node document = parserFor(source).parse(source);
        MarkdownLimits.afterParsing(document, node -> file.at(line(node, lineOf)));
        Collector collector = new Collector(file, lineOf, warnings, images);
        collector.children(document, Context.TOP);
        List<Candidate> found = collector.out;
        int start = 0;
        while (start < found.size() && start < 2 && isTitleHeading(found.get(start))) {
            Candidate heading = found.get(start);
            Lang lang = heading.lang();
            if (!title.has(lang)) {
                title = title.with(lang, heading.text());
            } else if (!MarkdownPlain.joinLines(title.get(lang)).equals(heading.text())) {
                break;
            }
            start++;
        }
        List<Candidate> candidates = MarkdownOrder.translationsTogether(
                found.subList(start, found.size()).stream().map(MarkdownBody::clamped).toList());
        MarkdownRuns.Runs runs = MarkdownRuns.find(candidates, collector.lists, file);
        warnings.addAll(runs.warnings());
        BlockPairer.Result paired = BlockPairer.pair(runs.candidates(), runs.bonds(), file);
        warnings.addAll(paired.warnings());
        return new Body(title, paired.blocks(), warnings, paired.untranslated(), images);
    }

    private static boolean isTitleHeading(Candidate c) {
        return c.kind() == BlockKind.HEADING && c.level() == 1;
    }

    private static Candidate clamped(Candidate c) {
        if (c.kind() != BlockKind.HEADING) return c;
        int level = Math.max(2, Math.min(6, c.level()));
        return level == c.level() ? c : new Candidate(c.kind(), level, false, c.text(), c.line(), c.nodes(), null);
    }

    /** The import with the file of its own image (front matter's) among its local images, when the image is local. */
    Imported withCover(Imported imported, SourceFile file, String origin) {
        String src = imported.article().image().src();
        ImagePaths.Resolved where = paths.resolve(src, file.path());
        List<String> warnings = new ArrayList<>(imported.warnings());
        if (where.warning() != null) warnings.add(origin + ": " + where.warning());
        if (where.problem() != null) {
            warnings.add(origin + ": image '" + src + "' left out: " + where.problem());
            return imported.with(imported.article().withImage(null), warnings, imported.images());
        }
        if (where.file() == null) return imported.with(imported.article(), warnings, imported.images()); // on the web
        List<LocalImage> images = new ArrayList<>(imported.images());
        if (images.stream().noneMatch(i -> i.src().equals(src))) images.add(new LocalImage(src, where.file(), origin));
        return imported.with(imported.article(), warnings, images);
    }

    /** Walks the block tree once, collecting candidates in order. */
    private final class Collector {
        final List<Candidate> out = new ArrayList<>();
        final List<MarkdownRuns.ListGroup> lists = new ArrayList<>();
        private final SourceFile file;
        private final IntUnaryOperator lineOf;
        private final List<String> warnings;
        private final MarkdownInline inline;
        private final HugoShortcodes shortcodes;
        private final MarkdownFigures figures;
        private final List<LocalImage> images;

        Collector(SourceFile file, IntUnaryOperator lineOf, List<String> warnings, List<LocalImage> images) {
            this.file = file;
            this.lineOf = lineOf;
            this.warnings = warnings;
            this.images = images;
            this.shortcodes = new HugoShortcodes(file.name(), warnings, unknownShortcodes);
            this.inline = new MarkdownInline(file.name(), this::line, warnings, this::caption, shortcodes);
            this.figures = new MarkdownFigures(paths, file, warnings, images);
        }

        void children(Node parent, Context context) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                block(node, context);
            }
        }

        private void block(Node node, Context context) {
            if (node instanceof Heading heading) {
                text(BlockKind.HEADING, heading.getLevel(), false, node);
            } else if (node instanceof Paragraph) {
                text(context.kind(), context.depth(), context.ordered(), node);
            } else if (node instanceof ListBlock list) {
                boolean top = context.kind() != BlockKind.LIST_ITEM;
                int depth = top ? 1 : context.depth() + 1;
                // lists one after the other are one group to MarkdownRuns: a Chinese list, then its English list
                if (top && !(node.getPrevious() instanceof ListBlock)) lists.add(new MarkdownRuns.ListGroup(line(node), new ArrayList<>()));
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    int from = out.size();
                    item((ListItem) item, new Context(BlockKind.LIST_ITEM, depth, list instanceof OrderedList));
                    if (top) lists.get(lists.size() - 1).items().add(List.copyOf(out.subList(from, out.size())));
                }
            } else if (node instanceof BlockQuote) {
                children(node, new Context(BlockKind.QUOTE, 0, false));
            } else if (node instanceof FencedCodeBlock code) {
                String info = code.getInfo() == null ? "" : code.getInfo().strip();
                code(info.isEmpty() ? null : info.split("\\s+", 2)[0], code.getLiteral(), node);
            } else if (node instanceof IndentedCodeBlock code) {
                code(null, code.getLiteral(), node);
            } else if (node instanceof ThematicBreak) {
                out.add(new Candidate(BlockKind.RULE, 0, false, "", line(node), List.of(), null));
            } else if (node instanceof TableBlock table) {
                MarkdownTables.Read read = MarkdownTables.read(table, line(node), inline, file);
                out.add(read.table());
                figures(read.figures());
            } else if (node instanceof MarkdownFootnotes.Definition definition) {
                footnote(definition);
            } else if (node instanceof HtmlBlock html) {
                html(html, context);
            }
            // link reference definitions carry no text to publish
        }

        /**
         * A list item. An item in one language whose only sub-list is one item in the other language is that
         * translation nested under it (as pages often show it), so the sub-item keeps the item's depth.
         */
        private void item(ListItem item, Context context) {
            ListBlock translation = nestedTranslation(item);
            for (Node node = item.getFirstChild(); node != null; node = node.getNext()) {
                if (node == translation) {
                    children(node.getFirstChild(), context);
                } else {
                    block(node, context);
                }
            }
        }

        private ListBlock nestedTranslation(ListItem item) {
            ListBlock sub = null;
            StringBuilder own = new StringBuilder();
            for (Node node = item.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof ListBlock list) {
                    if (sub != null) return null;
                    sub = list;
                } else if (node instanceof Paragraph) {
                    own.append(MarkdownPlain.text(node)).append(' ');
                }
            }
            if (sub == null || sub.getFirstChild() != sub.getLastChild() || own.isEmpty()) return null;
            StringBuilder nested = new StringBuilder();
            for (Node node = sub.getFirstChild().getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof ListBlock) return null;
                if (node instanceof Paragraph) nested.append(MarkdownPlain.text(node)).append(' ');
            }
            boolean bothHaveWords = !Script.hasNoWords(own) && !Script.hasNoWords(nested);
            return bothHaveWords && Script.dominant(own) != Script.dominant(nested) ? sub : null;
        }

        /**
         * A block of running text, then the figures it held. A heading in both languages on one line becomes two
         * headings of that line, which {@link MarkdownRuns} keeps together.
         */
        private void text(BlockKind kind, int level, boolean ordered, Node node) {
            MarkdownInline.Converted text = inline.convert(node);
            String plain = text.plain();
            List<List<Inline>> parts = kind == BlockKind.HEADING ? LanguageParts.ofHeading(text.nodes()) : List.of(text.nodes());
            if (parts.size() == 2) {
                for (List<Inline> part : parts) out.add(Candidates.text(kind, level, ordered, part, line(node)));
            } else if (Candidates.hasContent(plain) || MarkdownPlain.hasLink(text.nodes())) {
                out.add(new Candidate(kind, level, ordered, plain, line(node), text.nodes(), null));
            }
            figures(text.figures());
        }

        private void figures(List<FigureSource> found) {
            for (FigureSource f : found) out.addAll(figures.candidates(f));
        }

        private void code(String language, String literal, Node node) {
            String code = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
            out.add(new Candidate(BlockKind.CODE, 0, false, "", line(node), List.of(), new Snippet(language, code)));
        }

        private void footnote(MarkdownFootnotes.Definition definition) {
            MarkdownNote note = new MarkdownNote(definition.label, line(definition));
            List<MarkdownFootnotes.Definition> nested = new ArrayList<>();
            note.collect(definition, inline, nested);
            out.addAll(note.candidates());
            figures(note.figures());
            for (MarkdownFootnotes.Definition inner : nested) footnote(inner);
        }

        /**
         * Raw HTML: a block holding an image, figure, table or frame is read as a page's HTML is ({@link HtmlFragment}:
         * sanitised into the same model, a frame a link to it); any other its text (see {@link MarkdownHtml}).
         */
        private void html(HtmlBlock html, Context context) {
            MarkdownHtml.HtmlText read = MarkdownHtml.block(html.getLiteral());
            if (read.embed() != null) {
                HtmlFragment.Read fragment = HtmlFragment.candidates(html.getLiteral(), file, line(html), null);
                warnings.addAll(fragment.warnings());
                for (Candidate c : fragment.candidates()) {
                    out.add(c.kind() == BlockKind.HEADING && c.level() < 2 ? c.withLevel(2) : c);
                }
                for (LocalImage image : fragment.images()) {
                    ImagePaths.Resolved where = paths.resolve(image.src(), file.path());
                    if (where.file() != null) images.add(new LocalImage(image.src(), where.file(), image.origin()));
                    else warnings.add(image.origin() + ": image '" + image.src() + "' left out: " + where.problem());
                    if (where.warning() != null) warnings.add(image.origin() + ": " + where.warning());
                }
                return;
            }
            String text = MarkdownPlain.joinLines(read.text());
            if (MarkdownPlain.hasWords(text)) out.add(new Candidate(context.kind(), context.depth(), context.ordered(), text, line(html)));
        }

        /** A figure shortcode's caption, which Hugo reads as Markdown, as inline nodes. */
        private List<Inline> caption(String markdown, int line) {
            Node first = parserFor(markdown).parse(markdown).getFirstChild();
            if (!(first instanceof Paragraph)) return List.of(new Inline.Text(markdown));
            MarkdownInline.Converted read = new MarkdownInline(file.name(), n -> line, warnings, this::caption, shortcodes).convert(first);
            if (!read.figures().isEmpty()) warnings.add(file.at(line) + ": an image inside a figure's caption is left out");
            return read.nodes();
        }

        private int line(Node node) {
            return MarkdownBody.line(node, lineOf);
        }
    }

    /** The file line of a node, or of the nearest block around it that has a source span. */
    static int line(Node node, IntUnaryOperator lineOf) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) return lineOf.applyAsInt(spans.get(0).getLineIndex());
        }
        return lineOf.applyAsInt(0);
    }
}
