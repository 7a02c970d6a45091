package io.geopress.search;

/**
 * The words of mixed Chinese and Latin text. Runs of Chinese characters are segmented by longest match in HanLP's
 * core dictionary (a double-array trie): about eight times faster than its Viterbi segmenter over the same text,
 * with the same words for all but rare ambiguous spans, so a large site is indexed in a fraction of the time. Runs
 * of letters and digits in other scripts ({@code 31}, {@code GPT-4o} as {@code GPT} and {@code 4o}) are one word
 * each (cut every 255 characters, as Lucene cuts), as the dictionary would split them into characters; their terms
 * are lower-cased. Everything else is dropped.
 */
final class ChineseWords implements Words {
    /** Where each dictionary word of a run of Chinese starts, and how long it is (see CoreWords). */
    private int[] lengths = new int[64];

    @Override
    public void split(char[] text, int length, Spans words) {
        int i = 0;
        while (i < length) {
            int c = Character.codePointAt(text, i, length);
            int end = i + Character.charCount(c);
            if (isHan(c)) {
                while (end < length && isHan(Character.codePointAt(text, end, length))) end += Character.charCount(Character.codePointAt(text, end, length));
                addDictionaryWords(text, i, end, words);
            } else if (Character.isLetterOrDigit(c)) {
                while (end < length && isOtherWordChar(Character.codePointAt(text, end, length))) end += Character.charCount(Character.codePointAt(text, end, length));
                // cut as Lucene's tokenizers cut: a term past 32,766 bytes would fail the whole index
                for (int from = i; from < end; ) {
                    int to = Math.min(end, from + EnglishWords.MAX_WORD);
                    if (to < end && Character.isHighSurrogate(text[to - 1])) to--;
                    words.add(from, to);
                    from = to;
                }
            }
            i = end;
        }
    }

    private void addDictionaryWords(char[] text, int start, int end, Spans words) {
        if (lengths.length < end - start) lengths = new int[Math.max(end - start, 2 * lengths.length)];
        CoreWords.split(text, start, end, lengths);
        for (int i = start; i < end; i += lengths[i - start]) words.add(i, i + lengths[i - start]);
        if (lengths.length > 1 << 16) lengths = new int[64]; // a very long run's
    }

    /** The word as it is, but for Latin letters lower-cased. */
    @Override
    public int term(char[] text, int start, int end, char[] into) {
        return Words.lowerCase(text, start, end, into);
    }

    /** Chinese characters: the unified ideographs and their extensions, compatibility ideographs and 〇. */
    static boolean isHan(int c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0x20000 && c <= 0x323AF
                || c >= 0xF900 && c <= 0xFAFF || c == 0x3007;
    }

    private static boolean isOtherWordChar(int c) {
        return Character.isLetterOrDigit(c) && !isHan(c);
    }
}
