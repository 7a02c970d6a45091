package io.geopress.ingest;

import io.geopress.model.BlockKind;
import io.geopress.model.Lang;
import io.geopress.text.Script;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the kind of a plain-text body line: bullet items (with depth from indentation), quotes, headings (short,
 * without closing punctuation) and paragraphs. Plain text cannot tell heading levels apart, so all are level 2.
 */
final class BodyLines {
    private static final Pattern BULLET = Pattern.compile(
            "^([•·●▪◦‣○■□]\\s*|[-*+]\\s+|\\d{1,3}[.)]\\s+|\\d{1,3}、\\s*|[（(]\\d{1,3}[)）]\\s*)(.+)$");
    private static final Pattern QUOTE = Pattern.compile("^[>》]\\s*(.+)$");
    private static final String CLOSING = "。！!；;…，,：:.";
    private static final String QUOTES = "\"”’'」』）)】]";

    private BodyLines() {}

    /** Indentation of the list being read: an item indented under one of the other language is its translation. */
    static final class Indents {
        private final Deque<Integer> stack = new ArrayDeque<>();
        private int lastIndent = -1;
        private Lang lastLang;
        private int lastDepth;

        int depthOf(int indent, Lang lang) {
            if (lastLang != null && lang != lastLang && indent > lastIndent) {
                lastLang = null; // a translation, not a new item: it takes the depth of the item it translates
                return lastDepth;
            }
            while (!stack.isEmpty() && stack.peek() > indent) stack.pop();
            if (stack.isEmpty() || stack.peek() < indent) stack.push(indent);
            lastIndent = indent;
            lastLang = lang;
            lastDepth = stack.size();
            return lastDepth;
        }

        void reset() {
            stack.clear();
            lastIndent = -1;
            lastLang = null;
        }
    }

    static BlockPairer.Candidate classify(Line line, Indents indents) {
        String t = line.text();
        Matcher bullet = BULLET.matcher(t);
        if (bullet.matches() && !Script.hasNoWords(bullet.group(2))) {
            String text = bullet.group(2).strip();
            boolean ordered = bullet.group(1).chars().anyMatch(Character::isDigit);
            int depth = indents.depthOf(line.indent(), Script.dominant(text));
            return new BlockPairer.Candidate(BlockKind.LIST_ITEM, depth, ordered, text, line.number());
        }
        indents.reset();
        Matcher quote = QUOTE.matcher(t);
        if (quote.matches()) {
            return new BlockPairer.Candidate(BlockKind.QUOTE, 0, false, quote.group(1).strip(), line.number());
        }
        if (looksLikeHeading(t)) return new BlockPairer.Candidate(BlockKind.HEADING, 2, false, t, line.number());
        return new BlockPairer.Candidate(BlockKind.PARAGRAPH, 0, false, t, line.number());
    }

    static boolean looksLikeHeading(String t) {
        int end = t.length();
        while (end > 1 && QUOTES.indexOf(t.charAt(end - 1)) >= 0) end--;
        if (CLOSING.indexOf(t.charAt(end - 1)) >= 0) return false;
        boolean zh = Script.dominant(t) == Lang.ZH;
        return zh ? Script.hanCount(t) <= 40 && t.length() <= 60 : t.length() <= 140 && Script.latinWords(t) <= 20;
    }
}
