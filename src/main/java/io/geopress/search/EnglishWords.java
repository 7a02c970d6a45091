package io.geopress.search;

/**
 * The words of English text, in one pass: the terms Lucene's StandardTokenizer, possessive filter and lower-case
 * filter make of it, for a fraction of the cost (the standard tokenizer's Unicode word rules
 * were a tenth of a full build). The word rules are those of Unicode's UAX #29 that running text meets: a word is a
 * run of letters and digits, with combining marks, format characters and underscores inside it; an apostrophe or a
 * full stop joins two letters or two digits ({@code don't}, {@code U.S}, {@code 3.5}, {@code example.com}), a colon
 * or middle dot two letters, a comma or semicolon two digits ({@code 1,000}). A final {@code 's} is dropped, words
 * longer than 255 characters are cut as Lucene cuts them, and each Chinese character or hiragana is a word of its
 * own. Unlike Lucene, emoji are not words.
 */
final class EnglishWords implements Words {
    /** StandardTokenizer's default longest word; longer ones are cut into pieces this long. */
    static final int MAX_WORD = 255;
    /** ASCII letters and digits. */
    private static final boolean[] ASCII_ALNUM = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) ASCII_ALNUM[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    @Override
    public void split(char[] text, int length, Spans words) {
        int start = 0;
        while (true) {
            while (start < length && !startsWord(text, length, start)) start += Character.charCount(Character.codePointAt(text, start, length));
            if (start == length) return;
            int c = Character.codePointAt(text, start, length);
            int end = start + Character.charCount(c);
            if (!isSingleCharWord(c)) {
                while (end < length) {
                    char d = text[end];
                    if (d < 128 ? ASCII_ALNUM[d] || d == '_' : isInWord(Character.codePointAt(text, end, length))) {
                        end += d < 128 ? 1 : Character.charCount(Character.codePointAt(text, end, length));
                    } else if (mayJoin(d) && end + 1 < length && joins(d, Character.codePointBefore(text, end), Character.codePointAt(text, end + 1, length))) {
                        end++;
                    } else {
                        break;
                    }
                }
            }
            if (end - start > MAX_WORD) end = start + (Character.isHighSurrogate(text[start + MAX_WORD - 1]) ? MAX_WORD - 1 : MAX_WORD);
            words.add(start, end);
            start = end;
        }
    }

    /** The word lower-cased, without a final {@code 's}. */
    @Override
    public int term(char[] text, int start, int end, char[] into) {
        boolean possessive = end - start > 2 && (text[end - 1] == 's' || text[end - 1] == 'S') && isApostrophe(text[end - 2]);
        return Words.lowerCase(text, start, possessive ? end - 2 : end, into);
    }

    /** Whether a word starts at {@code i}: a letter or digit, or underscores before one ({@code __init__}). */
    private static boolean startsWord(char[] text, int length, int i) {
        char c = text[i];
        if (c < 128 && c != '_') return ASCII_ALNUM[c];
        int j = i;
        while (j < length && Character.getType(text[j]) == Character.CONNECTOR_PUNCTUATION) j++;
        return j < length && Character.isLetterOrDigit(Character.codePointAt(text, j, length));
    }

    /** Chinese characters and hiragana, which Lucene's tokenizer also makes one word each. */
    private static boolean isSingleCharWord(int c) {
        return ChineseWords.isHan(c) || c >= 0x3040 && c <= 0x309F;
    }

    /** What a word goes on over: letters, digits, underscores, combining marks and format characters (soft hyphen). */
    private static boolean isInWord(int c) {
        if (Character.isLetterOrDigit(c)) return !isSingleCharWord(c);
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.FORMAT -> true;
            default -> false;
        };
    }

    /** Whether {@code c} is one of the marks {@link #joins} looks at: most words end at a space, which never joins. */
    private static boolean mayJoin(char c) {
        return c == '.' || c == ',' || c == '\'' || c == ':' || c == ';' || c > 127;
    }

    /** Whether {@code mark}, between {@code before} and {@code after}, is inside a word (UAX #29's WB6-7, WB11-12). */
    private static boolean joins(char mark, int before, int after) {
        boolean letters = isLetter(before) && isLetter(after);
        boolean digits = !letters && isDigit(before) && isDigit(after);
        if (!letters && !digits) return false;
        if (isApostrophe(mark) || mark == '.' || mark == '\u2018' || mark == '\u2024' || mark == '\uFE52' || mark == '\uFF0E') return true;
        if (letters) return mark == ':' || mark == '\u00B7' || mark == '\u0387' || mark == '\u2027' || mark == '\uFE13'
                || mark == '\uFE55' || mark == '\uFF1A';
        return mark == ',' || mark == ';' || mark == '\u037E' || mark == '\u060C' || mark == '\u066C' || mark == '\u2044'
                || mark == '\uFE10' || mark == '\uFE14' || mark == '\uFE50' || mark == '\uFE54' || mark == '\uFF0C' || mark == '\uFF1B';
    }

    private static boolean isLetter(int c) {
        if (c < 128) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        return Character.isLetter(c) && !isSingleCharWord(c);
    }

    private static boolean isDigit(int c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\uFF07';
    }
}
