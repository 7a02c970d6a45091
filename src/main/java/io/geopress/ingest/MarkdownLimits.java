package io.geopress.ingest;

import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import org.commonmark.node.Node;

/**
 * What a Markdown body may hold, checked without recursion: before parsing, what commonmark takes more than linear
 * time or memory over; after, nesting deeper than the walk over the tree should go.
 */
final class MarkdownLimits {
    static final int MAX_OPENERS = 1_000;
    static final int MAX_ALL_OPENERS = 50_000;
    /**
     * The most table cells a body may have in all: a GFM table fills every short row up to the header's width, so
     * 2,000 lines of "x" under a header of 1,000 columns were 20 million cells (7 s and 1.1 GB).
     */
    static final int MAX_TABLE_CELLS = 200_000;

    private MarkdownLimits() {}

    /**
     * Refuses what commonmark's parser takes more than linear time or memory over, before it parses: containers (list
     * items, quotes, footnotes) nested past {@link Checks#MAX_NESTING} on a line, which indentation or markers show;
     * more than {@link #MAX_OPENERS} brackets, angle brackets or emphasis or strikethrough marks in a paragraph or
     * {@link #MAX_ALL_OPENERS} in all (2,000 lines of deepening list took 25 s, 50,000 "![" 19 s, 100,000 "c* " 50
     * s); and tables wider or longer than the import's limits, or of more than {@link #MAX_TABLE_CELLS} cells in all.
     */
    static void beforeParsing(String markdown, SourceFile file, IntUnaryOperator lineOf) {
        int openers = 0;
        int all = 0;
        int line = 0;
        int[] found = new int[2]; // per line: container depth (-1 blank), where its content starts
        int previousStart = -1; // the content of the line before, when it was not blank
        int previousEnd = -1;
        TableRows table = new TableRows(file, lineOf);
        for (int start = 0; start <= markdown.length(); line++) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) end = markdown.length();
            containers(markdown, start, end, found);
            int depth = found[0];
            boolean blank = depth < 0;
            if (depth > Checks.MAX_NESTING) {
                throw new ImportException(file.at(lineOf.applyAsInt(line)), "lists or quotes nested more than "
                        + Checks.MAX_NESTING + " deep");
            }
            int here = 0;
            for (int i = start; i < end; i++) {
                char c = markdown.charAt(i);
                if (c == '[' || c == '<' || (c == '*' || c == '_' || c == '~') && isDelimiterRun(markdown, i, start)) here++;
            }
            openers = blank ? 0 : openers + here;
            all += here;
            if (openers > MAX_OPENERS || all > MAX_ALL_OPENERS) {
                throw new ImportException(file.at(lineOf.applyAsInt(line)), "more than " + (openers > MAX_OPENERS
                        ? MAX_OPENERS + " '[', '<' or emphasis marks in one paragraph"
                        : MAX_ALL_OPENERS + " '[', '<' or emphasis marks in the text"));
            }
            table.line(markdown, start, blank ? -1 : found[1], end, previousStart, previousEnd, line);
            previousStart = blank ? -1 : found[1];
            previousEnd = end;
            start = end + 1;
        }
    }

    /**
     * Counts the rows and cells of the GFM tables a text holds as it is read line by line: a table starts at a
     * delimiter row ({@code |---|:--:|}) under a header of as many cells, and ends at a blank line or a line without
     * {@code |} that starts another block.
     */
    private static final class TableRows {
        private final SourceFile file;
        private final IntUnaryOperator lineOf;
        private int columns; // of the table being read, 0 when none
        private int rows;
        private int headerLine;
        private long cells;

        TableRows(SourceFile file, IntUnaryOperator lineOf) {
            this.file = file;
            this.lineOf = lineOf;
        }

        /** @param start where the line's content starts after its containers' markers, or -1 for a blank line */
        void line(String text, int lineStart, int start, int end, int previousStart, int previousEnd, int line) {
            if (start < 0) {
                columns = 0;
                return;
            }
            if (columns > 0 && !hasPipe(text, lineStart, end) && startsBlock(text, lineStart, end)) columns = 0;
            if (columns > 0) {
                rows++;
                cells += columns;
                check(file.limits());
                return;
            }
            int delimiters = delimiterCells(text, start, end);
            if (delimiters == 0 || previousStart < 0 || headerCells(text, previousStart, previousEnd) != delimiters) return;
            columns = delimiters;
            rows = 1;
            headerLine = line - 1;
            cells += columns;
            check(file.limits());
        }

        private void check(ImportLimits limits) {
            String at = file.at(lineOf.applyAsInt(headerLine));
            if (columns > limits.tableColumns()) {
                throw new ImportException(at, "the table has " + columns + " columns, more than the limit of "
                        + limits.tableColumns() + " (import.max_table_columns in geopress.yml)");
            }
            if (rows > limits.tableRows()) {
                throw new ImportException(at, "the table has more than " + limits.tableRows() + " rows, the limit"
                        + " (import.max_table_rows in geopress.yml)");
            }
            if (cells > MAX_TABLE_CELLS) {
                throw new ImportException(at, "the tables have more than " + MAX_TABLE_CELLS + " cells in all");
            }
        }

        /** The cells of a delimiter row ({@code | --- | :-: |}), or 0 when the line is none. */
        private static int delimiterCells(String text, int start, int end) {
            int cells = 0;
            boolean pipe = false;
            boolean dashInCell = false;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c == '|') {
                    pipe = true;
                    if (dashInCell) cells++;
                    dashInCell = false;
                } else if (c == '-') {
                    dashInCell = true;
                } else if (c != ':' && c != ' ' && c != '\t' && c != '\r') {
                    return 0;
                }
            }
            if (dashInCell) cells++;
            return pipe ? cells : 0;
        }

        /** The cells of a header row: its parts between unescaped {@code |}, without empty ones at either end. */
        private static int headerCells(String text, int start, int end) {
            int cells = 1;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c == '\\') i++;
                else if (c == '|') cells++;
            }
            int first = start;
            while (first < end && Character.isWhitespace(text.charAt(first))) first++;
            int last = end - 1;
            while (last >= first && Character.isWhitespace(text.charAt(last))) last--;
            if (first <= last && text.charAt(first) == '|') cells--;
            if (last > first && text.charAt(last) == '|' && text.charAt(last - 1) != '\\') cells--;
            return cells;
        }

        private static boolean hasPipe(String text, int start, int end) {
            for (int i = start; i < end; i++) if (text.charAt(i) == '|') return true;
            return false;
        }

        /** Whether a line without {@code |} starts a block that ends a table: a heading, quote, fence or list item. */
        private static boolean startsBlock(String text, int lineStart, int end) {
            int start = lineStart;
            while (start < end && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) start++;
            if (start == end) return false;
            char c = text.charAt(start);
            if (c == '#' || c == '>' || c == '`' || c == '~' || c == '<') return true;
            boolean bullet = (c == '-' || c == '*' || c == '+') && (start + 1 == end || text.charAt(start + 1) == ' ');
            int digits = start;
            while (digits < end && Character.isDigit(text.charAt(digits))) digits++;
            boolean numbered = digits > start && digits < end && (text.charAt(digits) == '.' || text.charAt(digits) == ')');
            return bullet || numbered;
        }
    }

    /**
     * Whether a run of {@code *}, {@code _} or {@code ~} that could open or close emphasis or strikethrough starts at {@code i}: commonmark
     * matches them in time that grows with the square of their number in a paragraph. An {@code _} between two letters
     * or digits (snake_case) is no delimiter.
     */
    private static boolean isDelimiterRun(String text, int i, int lineStart) {
        char c = text.charAt(i);
        if (c != '*' && c != '_' && c != '~') return false;
        if (i > lineStart && text.charAt(i - 1) == c) return false; // inside a run, counted at its start
        if (c != '_') return true;
        int after = i;
        while (after < text.length() && text.charAt(after) == '_') after++;
        boolean wordBefore = i > lineStart && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean wordAfter = after < text.length() && Character.isLetterOrDigit(text.charAt(after));
        return !(wordBefore && wordAfter);
    }

    /**
     * How deep a line's containers go at most: half its indentation (a list nests by two columns), and its markers
     * (quotes, list items, footnote definitions); -1 for a blank line. Puts that in {@code found[0]}, and where the
     * line's content starts after them in {@code found[1]}.
     */
    private static void containers(String text, int start, int end, int[] found) {
        int columns = 0;
        int i = start;
        for (; i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t'); i++) columns += text.charAt(i) == '\t' ? 4 : 1;
        if (i == end || (text.charAt(i) == '\r' && i + 1 == end)) { // a blank line opens nothing
            found[0] = -1;
            found[1] = end;
            return;
        }
        int markers = 0;
        int content = i;
        while (i < end) {
            char c = text.charAt(i);
            int label = c == '[' ? MarkdownFootnotes.labelEnd(text.subSequence(i, end), 0) : -1;
            if (c == '>' || ((c == '-' || c == '+' || c == '*') && i + 1 < end && text.charAt(i + 1) == ' ')) {
                markers++;
                i++;
                content = i;
            } else if (label > 0 && i + label + 1 < end && text.charAt(i + label + 1) == ':') {
                markers++;
                i += label + 2;
                content = i;
            } else if (c == ' ' || c == '\t' || Character.isDigit(c) || c == '.' || c == ')') {
                if ((c == '.' || c == ')') && i > start && Character.isDigit(text.charAt(i - 1))) {
                    markers++;
                    content = i + 1;
                }
                i++;
            } else {
                break;
            }
        }
        while (content < end && (text.charAt(content) == ' ' || text.charAt(content) == '\t')) content++;
        found[0] = columns / 2 + markers;
        found[1] = content;
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
