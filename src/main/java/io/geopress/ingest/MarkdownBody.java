package io.geopress.ingest;

import io.geopress.ingest.BlockPairer.Candidate;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockKind;
import io.geopress.model.Lang;
import io.geopress.text.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Turns a Markdown body into bilingual blocks: headings, paragraphs, list items (with depth) and quotes, each in
 * one language, paired by {@link BlockPairer}. Inline markup is flattened to its text; images, HTML and rules are
 * skipped, code blocks too (with a warning). Leading level-1 headings supply or repeat the title and are dropped;
 * a level-1 heading elsewhere becomes level 2.
 */
final class MarkdownBody {
    /** The title completed from leading headings, the paired blocks, and what an editor should know. */
    record Body(Bilingual title, List<Block> blocks, List<String> warnings, List<String> untranslated) {}

    private record Context(BlockKind kind, int depth, boolean ordered) {
        static final Context TOP = new Context(BlockKind.PARAGRAPH, 0, false);
    }

    private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    /**
     * @param title the title the metadata gave, possibly empty
     * @param lineOf maps a 0-based line of {@code markdown} to the file line that messages name
     */
    Body read(String markdown, Bilingual title, SourceFile file, IntUnaryOperator lineOf) {
        List<Candidate> found = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        MarkdownLimits.beforeParsing(markdown, file, lineOf);
        Node document = parser.parse(markdown);
        MarkdownLimits.afterParsing(document, node -> file.at(line(node, lineOf)));
        new Collector(found, warnings, file, lineOf).children(document, Context.TOP);
        int start = 0;
        while (start < found.size() && start < 2 && isTitleHeading(found.get(start))) {
            Candidate heading = found.get(start);
            Lang lang = heading.lang();
            if (!title.has(lang)) {
                title = title.with(lang, heading.text());
            } else if (!joinLines(title.get(lang)).equals(heading.text())) {
                break;
            }
            start++;
        }
        List<Candidate> candidates = found.subList(start, found.size()).stream().map(MarkdownBody::clamped).toList();
        BlockPairer.Result paired = BlockPairer.pair(candidates, file);
        warnings.addAll(paired.warnings());
        return new Body(title, paired.blocks(), warnings, paired.untranslated());
    }

    private static boolean isTitleHeading(Candidate c) {
        return c.kind() == BlockKind.HEADING && c.level() == 1;
    }

    private static Candidate clamped(Candidate c) {
        if (c.kind() != BlockKind.HEADING) return c;
        int level = Math.max(2, Math.min(6, c.level()));
        return level == c.level() ? c : new Candidate(c.kind(), level, false, c.text(), c.line());
    }

    /** Walks the block tree once, collecting one candidate per paragraph or heading. */
    private record Collector(List<Candidate> out, List<String> warnings, SourceFile file, IntUnaryOperator lineOf) {
        void children(Node parent, Context context) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                block(node, context);
            }
        }

        private void block(Node node, Context context) {
            if (node instanceof Heading heading) {
                add(BlockKind.HEADING, heading.getLevel(), false, node);
            } else if (node instanceof Paragraph) {
                add(context.kind(), context.depth(), context.ordered(), node);
            } else if (node instanceof ListBlock list) {
                int depth = context.kind() == BlockKind.LIST_ITEM ? context.depth() + 1 : 1;
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    item((ListItem) item, new Context(BlockKind.LIST_ITEM, depth, list instanceof OrderedList));
                }
            } else if (node instanceof BlockQuote) {
                children(node, new Context(BlockKind.QUOTE, 0, false));
            } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                warnings.add(file.at(line(node)) + ": code block skipped (geopress has no code blocks)");
            }
            // thematic breaks, HTML blocks and link reference definitions carry no text to publish
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
                    own.append(text(node)).append(' ');
                }
            }
            if (sub == null || sub.getFirstChild() != sub.getLastChild() || own.isEmpty()) return null;
            StringBuilder nested = new StringBuilder();
            for (Node node = sub.getFirstChild().getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof ListBlock) return null;
                if (node instanceof Paragraph) nested.append(text(node)).append(' ');
            }
            boolean bothHaveWords = !Script.hasNoWords(own) && !Script.hasNoWords(nested);
            return bothHaveWords && Script.dominant(own) != Script.dominant(nested) ? sub : null;
        }

        private void add(BlockKind kind, int level, boolean ordered, Node node) {
            String text = text(node);
            if (!hasWords(text)) return;
            out.add(new Candidate(kind, level, ordered, text, line(node)));
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

    /** The plain text of a paragraph or heading: link text kept, code spans as text, images and HTML dropped. */
    static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        inline(node, sb);
        return joinLines(sb);
    }

    private static void inline(Node parent, StringBuilder sb) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                sb.append(text.getLiteral());
            } else if (node instanceof Code code) {
                sb.append(code.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                sb.append('\n');
            } else if (!(node instanceof Image) && !(node instanceof HtmlInline)) {
                inline(node, sb);
            }
        }
    }

    /**
     * Collapses white space; a line break between two Chinese characters disappears, since Chinese is written
     * without spaces and a wrapped line would otherwise gain one.
     */
    static String joinLines(CharSequence text) {
        int n = text.length();
        char[] out = new char[n];
        int length = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out[length++] = c;
                i++;
                continue;
            }
            boolean lineBreak = false;
            int end = i;
            while (end < n && isSpace(text.charAt(end))) {
                lineBreak |= text.charAt(end) == '\n';
                end++;
            }
            boolean inside = length > 0 && end < n;
            boolean wideAround = inside && isWide(out[length - 1]) && isWide(text.charAt(end));
            if (inside && !(lineBreak && wideAround)) out[length++] = ' ';
            i = end;
        }
        return new String(out, 0, length);
    }

    /** {@link Character#isWhitespace}, answered without a table lookup for most characters. */
    private static boolean isSpace(char c) {
        if (c == ' ') return true;
        if ((c > ' ' && c < 0x1680) || c > 0x3000) return false;
        return Character.isWhitespace(c);
    }

    /** The opposite of {@link Script#hasNoWords}, stopping at the first Latin letter or Han character. */
    private static boolean hasWords(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x250 ? Character.isLetter(c) : Script.isHan(text.codePointAt(i))) return true;
        }
        return false;
    }

    private static boolean isWide(char c) {
        return Script.isHan(c) || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF');
    }
}
