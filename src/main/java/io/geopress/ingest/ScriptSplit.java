package io.geopress.ingest;

import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.text.Script;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a short text that holds both languages side by side ("城市夜景 City at night", or the English first), as
 * a figure's caption or a footnote often does, into its Chinese and its English. Only a clean split is taken:
 * each side in one language, the English of at least two words, and lengths as a translation's are (1 to 8 Latin
 * letters per Han character), so that a Chinese text citing an English title stays whole.
 */
final class ScriptSplit {
    private static final String SEPARATORS = " \t\n/|·—–-:：";
    private static final String OPENING = "(（[【「『\"“'‘";

    private ScriptSplit() {}

    /** The two halves, in their order in the text. */
    record Halves(Lang first, List<Inline> before, List<Inline> after) {
        List<Inline> in(Lang lang) {
            return lang == first ? before : after;
        }
    }

    /** The halves of {@code nodes}, or null when they hold one language, or cannot be cut between two nodes' texts. */
    static Halves split(List<Inline> nodes) {
        String text = Inline.plain(nodes);
        int[] cut = cut(text);
        if (cut == null) return null;
        List<Inline> before = new ArrayList<>();
        List<Inline> after = new ArrayList<>();
        int at = 0;
        for (Inline node : nodes) {
            int length = Inline.plain(List.of(node)).length();
            int end = at + length;
            if (end <= cut[0]) {
                before.add(node);
            } else if (at >= cut[1]) {
                after.add(node);
            } else if (node instanceof Inline.Text t) {
                if (at < cut[0]) before.add(new Inline.Text(t.text().substring(0, cut[0] - at)));
                if (end > cut[1]) after.add(new Inline.Text(t.text().substring(Math.max(0, cut[1] - at))));
            } else {
                return null;
            }
            at = end;
        }
        return new Halves(cut[2] == 1 ? Lang.ZH : Lang.EN, before, after);
    }

    /** Where the first half ends, where the second begins, and 1 when the Chinese comes first; or null. */
    private static int[] cut(String text) {
        int first = firstWordChar(text);
        if (first < 0) return null;
        int second;
        if (Script.isHan(text.codePointAt(first))) {
            int lastHan = -1;
            for (int i = 0; i < text.length(); i++) if (Script.isHan(text.charAt(i))) lastHan = i;
            second = lastHan + 1;
            while (second < text.length() && !isAsciiLetterOrDigit(text.charAt(second))) second++;
        } else {
            second = first;
            while (second < text.length() && !Script.isHan(text.charAt(second))) second++;
            while (second > 0 && isAsciiLetterOrDigit(text.charAt(second - 1))) second--; // "2024年" starts at 2
        }
        int end = second;
        while (end > 0 && SEPARATORS.indexOf(text.charAt(end - 1)) >= 0) end--;
        if (end == 0 || second >= text.length()) return null;
        if (OPENING.indexOf(text.charAt(end - 1)) >= 0) return null; // "中文 (see …)" is one text

        String a = text.substring(0, end), b = text.substring(second);
        boolean zhFirst = Script.isHan(text.codePointAt(first));
        String zh = zhFirst ? a : b;
        String en = zh == a ? b : a;
        int han = Script.hanCount(zh);
        double ratio = Script.latinLetters(en) / (double) Math.max(1, han);
        boolean clean = han >= 2 && Script.dominant(zh) == Lang.ZH && Script.hanCount(en) == 0 && Script.latinWords(en) >= 2;
        return clean && ratio >= 1.0 && ratio <= 8.0 ? new int[] {end, second, zhFirst ? 1 : 0} : null;
    }

    private static int firstWordChar(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x250 ? Character.isLetter(c) : Script.isHan(c)) return i;
        }
        return -1;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
