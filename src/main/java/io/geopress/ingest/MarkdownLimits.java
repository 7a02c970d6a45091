package io.geopress.ingest;

import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import org.commonmark.node.Node;

/**
 * What a Markdown body may hold, checked without recursion: before parsing, what commonmark takes more than linear
 * time over; after, nesting deeper than the walk over the tree should go.
 */
final class MarkdownLimits {
    static final int MAX_OPENERS = 1_000;
    static final int MAX_ALL_OPENERS = 50_000;

    private MarkdownLimits() {}

    /**
     * Refuses what commonmark's parser takes more than linear time over, before it parses: containers (list items,
     * quotes) nested past {@link Checks#MAX_NESTING} on a line, which indentation or markers show, and more than
     * {@link #MAX_OPENERS} brackets, angle brackets or emphasis marks in a paragraph or {@link #MAX_ALL_OPENERS} in
     * all (2,000 lines of deepening list took 25 s, 50,000 "![" 19 s, 100,000 "c* " 50 s).
     */
    static void beforeParsing(String markdown, SourceFile file, IntUnaryOperator lineOf) {
        int openers = 0;
        int all = 0;
        int line = 0;
        for (int start = 0; start <= markdown.length(); line++) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) end = markdown.length();
            int depth = containers(markdown, start, end);
            boolean blank = depth < 0;
            if (depth > Checks.MAX_NESTING) {
                throw new ImportException(file.at(lineOf.applyAsInt(line)), "lists or quotes nested more than "
                        + Checks.MAX_NESTING + " deep");
            }
            int here = 0;
            for (int i = start; i < end; i++) {
                char c = markdown.charAt(i);
                if (c == '[' || c == '<' || (c == '*' || c == '_') && isDelimiterRun(markdown, i, start)) here++;
            }
            openers = blank ? 0 : openers + here;
            all += here;
            if (openers > MAX_OPENERS || all > MAX_ALL_OPENERS) {
                throw new ImportException(file.at(lineOf.applyAsInt(line)), "more than " + (openers > MAX_OPENERS
                        ? MAX_OPENERS + " '[', '<' or emphasis marks in one paragraph"
                        : MAX_ALL_OPENERS + " '[', '<' or emphasis marks in the text"));
            }
            start = end + 1;
        }
    }

    /**
     * Whether a run of {@code *} or {@code _} that could open or close emphasis starts at {@code i}: commonmark
     * matches them in time that grows with the square of their number in a paragraph. An {@code _} between two letters
     * or digits (snake_case) is no delimiter.
     */
    private static boolean isDelimiterRun(String text, int i, int lineStart) {
        char c = text.charAt(i);
        if (c != '*' && c != '_') return false;
        if (i > lineStart && text.charAt(i - 1) == c) return false; // inside a run, counted at its start
        if (c == '*') return true;
        int after = i;
        while (after < text.length() && text.charAt(after) == '_') after++;
        boolean wordBefore = i > lineStart && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean wordAfter = after < text.length() && Character.isLetterOrDigit(text.charAt(after));
        return !(wordBefore && wordAfter);
    }

    /**
     * How deep a line's containers go at most: half its indentation (a list nests by two columns), and its markers;
     * -1 for a blank line.
     */
    private static int containers(String text, int start, int end) {
        int columns = 0;
        int i = start;
        for (; i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t'); i++) columns += text.charAt(i) == '\t' ? 4 : 1;
        if (i == end || (text.charAt(i) == '\r' && i + 1 == end)) return -1; // a blank line opens nothing
        int markers = 0;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '>' || ((c == '-' || c == '+' || c == '*') && i + 1 < end && text.charAt(i + 1) == ' ')) {
                markers++;
                i++;
            } else if (c == ' ' || c == '\t' || Character.isDigit(c) || c == '.' || c == ')') {
                if ((c == '.' || c == ')') && i > start && Character.isDigit(text.charAt(i - 1))) markers++;
                i++;
            } else {
                break;
            }
        }
        return columns / 2 + markers;
    }

    /** Refuses a tree nested more than {@link Checks#MAX_NESTING} deep, walked without recursion; {@code at} names a node's line. */
    static void afterParsing(Node document, Function<Node, String> at) {
        Node node = document;
        int depth = 0;
        while (node != null) {
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                if (++depth > Checks.MAX_NESTING) {
                    throw new ImportException(at.apply(node), "quotes, lists or emphasis nested more than " + Checks.MAX_NESTING + " deep");
                }
                continue;
            }
            while (node != null && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            if (node != null) node = node.getNext();
        }
    }
}
