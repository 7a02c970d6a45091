package io.geopress.site;

import java.util.regex.Pattern;

/**
 * Plain text written into Markdown so that it renders (CommonMark) as the same text, never as markup. Only a
 * character that could start markup where it stands gets a backslash, so ordinary prose stays as it is for the
 * language models that read these files. Every value is put on one line, and its ends lose their white space: a
 * line break inside it could start a block, two trailing spaces make a hard break, four leading ones a code block,
 * and emphasis around a value ending in white space would not close.
 */
final class MarkdownText {
    private static final Pattern ENTITY = Pattern.compile("&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});");
    /**
     * A superset of CommonMark's e-mail autolinks, whose local part may start with a digit or most punctuation;
     * possessive, and the local part without an {@code @}, so that each {@code <} is scanned once (backtracking over
     * every {@code @} of a long run made a build take a minute).
     */
    private static final Pattern EMAIL_AUTOLINK = Pattern.compile("<[^ \t<>@]*+@[^ \t<>]*+>");
    private static final Pattern ATX_HEADING = Pattern.compile("#{1,6}(?:[ \t].*)?");
    private static final Pattern BULLET = Pattern.compile("[-+*](?:[ \t].*)?");
    private static final Pattern ORDERED = Pattern.compile("[0-9]{1,9}[.)](?:[ \t].*)?");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("=+|-+");
    private static final Pattern BLOCK_START = Pattern.compile(">.*|~~~.*");

    private MarkdownText() {}

    /** Text that begins a line of its own: a paragraph, a list item, a quote's line, a list item's second line. */
    static String text(String text) {
        String s = trimmed(text);
        return escape(s, lineStart(s), -1, false);
    }

    /** Text that follows other text on its line: after a label, inside emphasis. */
    static String inline(String text) {
        return escape(trimmed(text), -1, -1, false);
    }

    /** An ATX heading's text, after its "## ": a closing run of {@code #} would be taken for the heading's end. */
    static String heading(String text) {
        String s = trimmed(text);
        int run = s.length();
        while (run > 0 && s.charAt(run - 1) == '#') run--;
        boolean closing = run < s.length() && (run == 0 || whitespace(s.charAt(run - 1)));
        return escape(s, -1, closing ? run : -1, false);
    }

    /**
     * A part of a text whose other parts are markup (a link, emphasis): escaped as {@link #inline}, but its white space
     * kept, since it sits between other parts; {@code lineStart} when it begins the line, as {@link #text}.
     */
    static String piece(String text, boolean lineStart, boolean brackets) {
        String s = oneLine(text);
        return escape(s, lineStart ? lineStart(s) : -1, -1, brackets);
    }

    /** Inline code: between backtick runs longer than any inside, padded where a backtick or a space would be lost. */
    static String codeSpan(String code) {
        String s = oneLine(code);
        String fence = "`".repeat(longestRun(s, '`') + 1);
        boolean pad = s.startsWith("`") || s.endsWith("`") || s.startsWith(" ") && s.endsWith(" ") && !s.isBlank();
        return pad ? fence + " " + s + " " + fence : fence + s + fence;
    }

    /**
     * A fenced code block, the code as it is: its fence of backticks longer than any run inside (three at least),
     * its info string the language's name where it is one word.
     */
    static String fence(String code, String language) {
        String fence = "`".repeat(Math.max(3, longestRun(code, '`') + 1));
        String info = language == null ? "" : language.replaceAll("[^A-Za-z0-9_+#.-]", "");
        return fence + info + "\n" + code + (code.endsWith("\n") || code.isEmpty() ? "" : "\n") + fence + "\n";
    }

    /** A link's title, inside double quotes. */
    static String title(String title) {
        StringBuilder out = new StringBuilder(title.length() + 8);
        String s = oneLine(title);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c == '&' && entityAt(s, i)) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }

    /** A heading's Markdown with a closing run of {@code #} escaped, which would be taken for the heading's end. */
    static String closingHashes(String markdown) {
        int run = markdown.length();
        while (run > 0 && markdown.charAt(run - 1) == '#') run--;
        if (run == markdown.length() || run > 0 && !whitespace(markdown.charAt(run - 1))) return markdown;
        return markdown.substring(0, run) + "\\" + markdown.substring(run);
    }

    private static int longestRun(String s, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** A link's text, between its brackets. */
    static String linkText(String text) {
        return escape(trimmed(text), -1, -1, true);
    }

    /**
     * A URL geopress made, as a link's destination inside {@code (...)}: spaces, controls, parentheses, angle
     * brackets and backslashes are percent-encoded, and an {@code &} that would be read as an entity is escaped.
     */
    static String destination(String url) {
        StringBuilder out = new StringBuilder(url.length() + 8);
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == 0x7F || "()<>\\".indexOf(c) >= 0) out.append('%').append(String.format("%02X", (int) c));
            else if (c == '&' && entityAt(url, i)) out.append("\\&");
            else out.append(c);
        }
        return out.toString();
    }

    /** The text with each run of white space that holds a line break made one space. */
    static String oneLine(String text) {
        int n = text.length();
        int first = 0;
        while (first < n && !lineBreak(text.charAt(first))) first++;
        if (first == n) return text; // most titles and summaries: no line break at all
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (!space(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            boolean breaks = false;
            while (end < n && space(text.charAt(end))) breaks |= lineBreak(text.charAt(end++));
            if (breaks) out.append(' ');
            else out.append(text, i, end);
            i = end;
        }
        return out.toString();
    }

    /**
     * The text with a backslash before each character that could be markup inline, and before the characters at
     * {@code first} and {@code last} (or -1), which the caller found to start a block or close a heading.
     */
    private static String escape(String s, int first, int last, boolean brackets) {
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (i == first || i == last || inlineMarkup(s, i, brackets)) {
                if (out == null) out = new StringBuilder(n + 16).append(s, 0, i);
                out.append('\\');
            }
            if (out != null) out.append(s.charAt(i));
        }
        return out == null ? s : out.toString();
    }

    private static boolean inlineMarkup(String s, int i, boolean brackets) {
        char c = s.charAt(i);
        return switch (c) {
            case '\\' -> i + 1 == s.length() || asciiPunctuation(s.charAt(i + 1));
            // a pipe could make a line a GFM table's row, a tilde strike text through (GFM)
            case '`', '[', '|' -> true;
            case ']' -> brackets;
            // a * or _ may open or close emphasis unless it stands between two spaces, or (a _) between two
            // letters or digits; at either end of the value its neighbour is not known here
            case '*', '_', '~' -> i == 0 || i + 1 == s.length() || !(blank(s.charAt(i - 1)) && blank(s.charAt(i + 1))
                    || c == '_' && alphanumeric(s.charAt(i - 1)) && alphanumeric(s.charAt(i + 1)));
            case '<' -> i + 1 < s.length() && tagStart(s.charAt(i + 1))
                    || EMAIL_AUTOLINK.matcher(s).region(i, s.length()).lookingAt();
            case '&' -> entityAt(s, i);
            default -> false;
        };
    }

    /** Three or more of one of {@code - * _}, with spaces or tabs between: scanned, as a regular expression recursed per mark. */
    private static boolean thematicBreak(String s) {
        char mark = s.charAt(0);
        if ("-*_".indexOf(mark) < 0) return false;
        int marks = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == mark) marks++;
            else if (c != ' ' && c != '\t') return false;
        }
        return marks >= 3;
    }

    /** Where a line holding just this text would start a block other than a paragraph, the index to escape, else -1. */
    private static int lineStart(String s) {
        if (s.isEmpty() || "#>-+*_=~0123456789".indexOf(s.charAt(0)) < 0) return -1; // most text: no pattern to try
        if (ATX_HEADING.matcher(s).matches() || BULLET.matcher(s).matches() || thematicBreak(s)
                || SETEXT_UNDERLINE.matcher(s).matches() || BLOCK_START.matcher(s).matches()) {
            return 0;
        }
        if (!ORDERED.matcher(s).matches()) return -1;
        int marker = 0; // an ordered list's "1." or "1)": its digits stay, its dot or parenthesis is escaped
        while (Character.isDigit(s.charAt(marker))) marker++;
        return marker;
    }

    /** A letter, / ! or ? after {@code <} starts an HTML tag, comment, declaration, processing instruction or URI autolink. */
    private static boolean tagStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!' || c == '?';
    }

    private static boolean entityAt(String s, int i) {
        return ENTITY.matcher(s).region(i, s.length()).lookingAt();
    }

    /** A letter or digit, which CommonMark counts as neither white space nor punctuation. */
    private static boolean alphanumeric(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean asciiPunctuation(char c) {
        return c > ' ' && c < 0x7F && !Character.isLetterOrDigit(c);
    }

    private static String trimmed(String text) {
        String s = oneLine(text);
        int start = 0;
        int end = s.length();
        while (start < end && whitespace(s.charAt(start))) start++;
        while (end > start && whitespace(s.charAt(end - 1))) end--;
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    /** A space or a tab, which every CommonMark rule counts as white space (the emphasis rules count more). */
    private static boolean blank(char c) {
        return c == ' ' || c == '\t';
    }

    /** Any white space, the ideographic and the no-break space included. */
    private static boolean whitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean lineBreak(char c) {
        if (c > '\r') return c == '\u0085' || c == '\u2028' || c == '\u2029'; // most characters: three comparisons
        return c >= '\n'; // \n, \u000B, \f, \r
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || lineBreak(c);
    }
}
