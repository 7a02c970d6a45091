package io.geopress.search;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Lower-cased words of English text for the index, in one pass: what Lucene's StandardTokenizer, possessive filter
 * and lower-case filter make of running text, for a fraction of the cost (the standard tokenizer's Unicode word
 * rules were a tenth of a full build). A word is a run of letters and digits; an apostrophe or a full stop between
 * two of them joins them ({@code don't}, {@code U.S}, {@code 3.5}, {@code example.com}), a comma joins digits
 * ({@code 1,000}), an underscore is part of a word, and a final {@code 's} is dropped. Each Chinese character is a word of its own.
 */
final class EnglishTokenizer extends Tokenizer {
    /** ASCII letters, digits and the underscore. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) ASCII_WORD[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private char[] text;
    private int next;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (text == null) text = ChineseTokenizer.readAll(input).toCharArray();
        int length = text.length;
        int i = next;
        while (i < length && !isWordStart(Character.codePointAt(text, i))) i += Character.charCount(Character.codePointAt(text, i));
        if (i == length) {
            next = length;
            return false;
        }
        int start = i;
        int c = Character.codePointAt(text, i);
        i += Character.charCount(c);
        if (!ChineseTokenizer.isHan(c)) {
            while (i < length) {
                char d = text[i];
                if (d < 128 ? ASCII_WORD[d] : isWordChar(Character.codePointAt(text, i))) {
                    i += d < 128 ? 1 : Character.charCount(Character.codePointAt(text, i));
                } else if (i + 1 < length && joins(d, text[i - 1], Character.codePointAt(text, i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
        }
        next = i;
        int end = i;
        if (end - start > 2 && (text[end - 1] == 's' || text[end - 1] == 'S') && isApostrophe(text[end - 2])) end -= 2;
        char[] buffer = term.resizeBuffer(end - start);
        int n = 0;
        for (int k = start; k < end; ) {
            char ch = text[k];
            if (ch < 128) {
                buffer[n++] = ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch;
                k++;
            } else {
                int cp = Character.codePointAt(text, k);
                n += Character.toChars(Character.toLowerCase(cp), buffer, n);
                k += Character.charCount(cp);
            }
        }
        term.setLength(n);
        offset.setOffset(correctOffset(start), correctOffset(i));
        return true;
    }

    private static boolean isWordStart(int c) {
        return c < 128 ? ASCII_WORD[c] && c != '_' : Character.isLetterOrDigit(c);
    }

    /** Letters and digits other than Chinese characters, and the underscore of {@code title_en}. */
    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) && !ChineseTokenizer.isHan(c) || Character.getType(c) == Character.CONNECTOR_PUNCTUATION;
    }

    /** Whether {@code mark}, between {@code before} and {@code after}, is inside a word. */
    private static boolean joins(char mark, char before, int after) {
        if (!(after < 128 ? ASCII_WORD[after] : isWordChar(after))) return false;
        if (isApostrophe(mark) || mark == '.') return true;
        return mark == ',' && Character.isDigit(before) && Character.isDigit(after);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    @Override
    public void end() throws IOException {
        super.end();
        int length = text == null ? 0 : text.length;
        offset.setOffset(correctOffset(length), correctOffset(length));
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text = null;
        next = 0;
    }
}
