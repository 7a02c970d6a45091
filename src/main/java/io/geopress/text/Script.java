package io.geopress.text;

import io.geopress.model.Lang;

/**
 * Tells Chinese text from English by the ratio of Han characters to Latin words, not by presence: English
 * translations often keep a few Chinese characters and Chinese text is full of Latin product names.
 */
public final class Script {
    private Script() {}

    public static boolean isHan(int codePoint) {
        // Fast paths for the common cases: nothing below U+2E80 is Han, and U+4E00..U+9FFC (the core CJK
        // block, all assigned since Unicode 13) all is; UnicodeScript.of is a binary search.
        if (codePoint < 0x2E80) return false;
        if (codePoint >= 0x4E00 && codePoint <= 0x9FFC) return true;
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    public static int hanCount(CharSequence text) {
        return (int) text.codePoints().filter(Script::isHan).count();
    }

    /** Runs of Latin letters (a word like "DeepSeek-R1" counts as two). */
    public static int latinWords(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean latin = c < 0x250 && Character.isLetter(c);
            if (latin && !inWord) words++;
            inWord = latin;
        }
        return words;
    }

    /** Letters of the Latin alphabet, a rough measure of English length. */
    public static int latinLetters(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x250 && Character.isLetter(c)) n++;
        }
        return n;
    }

    /** The language a text is mostly written in; one Han character weighs as much as one Latin word. */
    public static Lang dominant(CharSequence text) {
        return hanCount(text) >= latinWords(text) && hanCount(text) > 0 ? Lang.ZH : Lang.EN;
    }

    /** Whether the text has neither Han characters nor Latin letters (a rule, a number, an emoji …). */
    public static boolean hasNoWords(CharSequence text) {
        return hanCount(text) == 0 && latinLetters(text) == 0;
    }
}
