package io.geopress.model;

/**
 * Text as geopress keeps it: without the characters no output can carry. Control characters other than tab and line
 * feed, C1 controls, unpaired surrogates and the non-characters U+FFFE and U+FFFF are removed (XML refuses them, and a
 * terminal obeys them); a carriage return becomes a line feed. Every text of an article passes through here when
 * the article is made, so that whatever import, enrichment or an editor produced, a build can write.
 */
public final class CleanText {
    private CleanText() {}

    /** {@code text} without the characters no output can carry; the same string when it has none. */
    public static String of(String text) {
        if (text == null) return null;
        int n = text.length();
        int i = 0;
        while (i < n && (plain(text.charAt(i)) || keeps(text, i))) i++;
        if (i == n) return text;
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 >= n || text.charAt(i + 1) != '\n') out.append('\n');
            } else if (keeps(text, i)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** How many characters {@link #of} removes or replaces in {@code text}. */
    public static int unwanted(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) if (!keeps(text, i)) count++;
        return count;
    }

    /** Where the first character {@link #of} removes or replaces is, or -1. */
    public static int firstUnwanted(String text) {
        for (int i = 0; i < text.length(); i++) if (!keeps(text, i)) return i;
        return -1;
    }

    /**
     * Printable ASCII, and everything from U+00A0 to U+D7FF (Chinese among it): kept, told by two comparisons, since
     * every text of every article read passes here.
     */
    private static boolean plain(char c) {
        return c < 0x7F ? c >= 0x20 : c > 0x9F && c < 0xD800;
    }

    private static boolean keeps(String text, int i) {
        char c = text.charAt(i);
        if (plain(c)) return true;
        if (c < 0x20) return c == '\n' || c == '\t';
        if (c <= 0x9F) return false; // DEL and the C1 controls
        if (Character.isHighSurrogate(c)) return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        return c != '\uFFFE' && c != '\uFFFF';
    }
}
