package io.geopress.ingest;

import java.util.List;
import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.DefinitionMap;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.Parser;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * GFM footnotes for commonmark: a definition {@code [^label]: text} (its further paragraphs indented by four
 * spaces) and a reference {@code [^label]} to a defined label. A reference to a label nobody defines stays text,
 * as an undefined link reference does.
 */
final class MarkdownFootnotes {
    /** Longer labels are no labels, as for links (commonmark's limit). */
    static final int MAX_LABEL = 999;

    private MarkdownFootnotes() {}

    static void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new DefinitionStart()).linkProcessor(MarkdownFootnotes::reference);
    }

    /** A footnote's text: the blocks it holds. */
    static final class Definition extends CustomBlock {
        final String label;

        Definition(String label) {
            this.label = label;
        }
    }

    /** A reference to the footnote defined with {@code label} (as the definition spells it). */
    static final class Reference extends CustomNode {
        final String label;

        Reference(String label) {
            this.label = label;
        }
    }

    private static final class DefinitionParser extends AbstractBlockParser {
        private final Definition block;

        DefinitionParser(String label) {
            block = new Definition(label);
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(Block childBlock) {
            return true;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (state.isBlank()) {
                return block.getFirstChild() == null ? BlockContinue.none() : BlockContinue.atIndex(state.getNextNonSpaceIndex());
            }
            return state.getIndent() >= 4 ? BlockContinue.atColumn(state.getColumn() + 4) : BlockContinue.none();
        }

        @Override
        public List<DefinitionMap<?>> getDefinitions() {
            DefinitionMap<Definition> map = new DefinitionMap<>(Definition.class);
            map.putIfAbsent(block.label, block);
            return List.of(map);
        }
    }

    private static final class DefinitionStart extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) return BlockStart.none();
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            int end = labelEnd(line, start);
            if (end < 0 || end + 1 >= line.length() || line.charAt(end + 1) != ':') return BlockStart.none();
            return BlockStart.of(new DefinitionParser(line.subSequence(start + 2, end).toString())).atIndex(end + 2);
        }
    }

    /** The index of the {@code ]} closing a {@code [^label} that starts at {@code start}, or -1. */
    static int labelEnd(CharSequence line, int start) {
        if (start + 2 >= line.length() || line.charAt(start) != '[' || line.charAt(start + 1) != '^') return -1;
        int limit = Math.min(line.length(), start + 2 + MAX_LABEL + 1);
        for (int i = start + 2; i < limit; i++) {
            char c = line.charAt(i);
            if (c == ']') return i > start + 2 ? i : -1;
            if (Character.isWhitespace(c) || c == '[') return -1;
        }
        return -1;
    }

    private static LinkResult reference(LinkInfo link, Scanner scanner, InlineParserContext context) {
        if (link.marker() != null || link.destination() != null || !link.text().startsWith("^")) return LinkResult.none();
        // [^a][b] is a link when [b] is defined, as GitHub reads it
        if (link.label() != null && context.getDefinition(LinkReferenceDefinition.class, link.label()) != null) {
            return LinkResult.none();
        }
        Definition definition = context.getDefinition(Definition.class, link.text().substring(1));
        if (definition == null) return LinkResult.none();
        return LinkResult.replaceWith(new Reference(definition.label), link.afterTextBracket());
    }
}
