package io.geopress.measure.report;

/**
 * Text from content on one line of a terminal: control characters (C0, C1, DEL), line and paragraph separators and
 * bidirectional controls written as {@code \\uXXXX}, so that a title can neither drive the terminal nor break the
 * table's rows.
 */
final class TerminalText {
    private TerminalText() {}

    static String line(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> {
            boolean control = Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x061C || c == 0x200E || c == 0x200F
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
            if (control) out.append(String.format("\\u%04x", c));
            else out.append((char) c);
        });
        return out.toString();
    }

    /** {@code text} cut to {@code width} characters, an ellipsis marking the cut. */
    static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
