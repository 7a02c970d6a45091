package io.geopress.search;

import java.util.Arrays;

/**
 * How one language's text is cut into words, and what each word is searched as: the part that the tokenizer of
 * queries and snippets ({@link WordTokenizer}) and the tokenizer of the index ({@link CountingTokenizer}) share.
 */
interface Words {
    /** Adds to {@code words} where each word of {@code text[0, length)} starts and ends, in order. */
    void split(char[] text, int length, Spans words);

    /**
     * Writes the term of the word {@code text[start, end)} (lower-cased, say) into {@code into}, which has room for
     * twice the word's length, and returns the term's length.
     */
    int term(char[] text, int start, int end, char[] into);

    /** Start and end offsets of the words of a text. */
    final class Spans {
        private int[] bounds = new int[256];
        private int size;

        void add(int start, int end) {
            if (2 * size + 2 > bounds.length) bounds = Arrays.copyOf(bounds, 2 * bounds.length);
            bounds[2 * size] = start;
            bounds[2 * size + 1] = end;
            size++;
        }

        int size() {
            return size;
        }

        int start(int i) {
            return bounds[2 * i];
        }

        int end(int i) {
            return bounds[2 * i + 1];
        }

        /** Forgets the words, and gives back the memory of a very long text's. */
        void clear() {
            size = 0;
            if (bounds.length > 1 << 16) bounds = new int[256];
        }
    }

    /** Lower-cases {@code text[start, end)} code point by code point into {@code into}, as Lucene's LowerCaseFilter does. */
    static int lowerCase(char[] text, int start, int end, char[] into) {
        int n = 0;
        for (int k = start; k < end; ) {
            char c = text[k];
            if (c < 128) {
                into[n++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                k++;
            } else if (c >= 0x3000 && c <= 0x9FFF) { // CJK: no case
                into[n++] = c;
                k++;
            } else {
                int cp = Character.codePointAt(text, k, end);
                n += Character.toChars(Character.toLowerCase(cp), into, n);
                k += Character.charCount(cp);
            }
        }
        return n;
    }
}
