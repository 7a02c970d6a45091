package io.geopress.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits Chinese and English text into sentences. Chinese ends a sentence at 。！？；… (and their ASCII forms, which
 * Chinese text often mixes in); English at . ! ? followed by a space, unless the next word starts in lower case or
 * the word before a full stop is a common abbreviation or an initial. A full stop between digits (3.5) never
 * ends one. Closing quotes and brackets after the end stay with the sentence.
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt",
            "inc", "ltd", "co", "corp", "llc", "vs", "etc", "e.g", "i.e", "eg", "ie", "cf", "al", "approx", "no", "nos",
            "vol", "fig", "figs", "p", "pp", "ed", "eds", "dept", "est", "govt", "u.s", "u.k", "u.n", "a.m", "p.m",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "gov", "sen",
            "rep", "rev", "capt", "col", "lt", "sgt", "mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private Sentences() {}

    static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(sentences, text.substring(start, i));
                start = ++i;
                continue;
            }
            if (!isTerminator(c)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && (isTerminator(text.charAt(end)) || text.charAt(end) == '.')) end++;
            while (end < n && isClosing(text.charAt(end))) end++;
            if (endsHere(text, i, end)) {
                add(sentences, text.substring(start, end));
                start = end;
            }
            i = end;
        }
        add(sentences, text.substring(start));
        return sentences;
    }

    private static boolean isTerminator(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '…' || c == '!' || c == '?' || c == '.'
                || c == '．';
    }

    private static boolean isClosing(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '"' || c == '\''
                || c == '》' || c == '】';
    }

    /** Whether the terminator at {@code at}, with what follows it up to {@code end}, ends a sentence. */
    private static boolean endsHere(String text, int at, int end) {
        char c = text.charAt(at);
        if (end == text.length()) return true;
        char next = text.charAt(end);
        boolean fullWidth = c == '。' || c == '！' || c == '？' || c == '；' || c == '．';
        if (fullWidth) return true;
        if (c == '…') return !isLatinLower(firstAfterSpace(text, end));
        if (Script.isHan(next)) return true;
        if (!Character.isWhitespace(next)) return false; // 3.5, example.com, "?!" inside a word
        // not before a lower-case word ("Not yet!" she said); a full stop not after an abbreviation or an initial
        if (isLatinLower(firstAfterSpace(text, end))) return false;
        if (c == '!' || c == '?') return true;
        String word = wordBefore(text, at);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return false;
        return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static char firstAfterSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i < text.length() ? text.charAt(i) : ' ';
    }

    private static boolean isLatinLower(char c) {
        return c < 0x250 && Character.isLowerCase(c);
    }

    /** The word before position {@code at}, dots inside it kept ("e.g", "U.S"). */
    private static String wordBefore(String text, int at) {
        int i = at;
        while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) i--;
        return text.substring(i, at);
    }

    private static void add(List<String> sentences, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty() && !Script.hasNoWords(s)) sentences.add(s);
    }
}
