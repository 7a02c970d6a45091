package io.geopress.search;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Words of mixed Chinese and Latin text for the index. Runs of Chinese characters are segmented by longest match
 * in HanLP's core dictionary (a double-array trie): about eight times faster than its Viterbi segmenter over the
 * same text, with the same words for all but rare ambiguous spans, so a large site is indexed in a fraction of the
 * time. Runs of letters and digits in other scripts ({@code 31}, {@code GPT-4o} as {@code GPT} and {@code 4o}) are
 * one word each (cut every 255 characters, as Lucene cuts), as the dictionary would split them into characters.
 * Everything else is dropped.
 */
final class ChineseTokenizer extends Tokenizer {
    private record Word(int start, int end) {}

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private int[] lengths = new int[64];
    private final List<Word> words = new ArrayList<>();
    private String text;
    private char[] chars;
    private int next;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (text == null) {
            text = readAll(input);
            chars = text.toCharArray();
            split(text);
        }
        if (next == words.size()) return false;
        Word word = words.get(next++);
        term.copyBuffer(chars, word.start, word.end - word.start);
        offset.setOffset(correctOffset(word.start), correctOffset(word.end));
        return true;
    }

    private void split(String text) {
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int end = i + Character.charCount(c);
            if (isHan(c)) {
                while (end < text.length() && isHan(text.codePointAt(end))) end += Character.charCount(text.codePointAt(end));
                addDictionaryWords(i, end);
            } else if (Character.isLetterOrDigit(c)) {
                while (end < text.length() && isOtherWordChar(text.codePointAt(end))) end += Character.charCount(text.codePointAt(end));
                // cut as Lucene's tokenizers cut: a term past 32,766 bytes would fail the whole index
                for (int from = i; from < end; ) {
                    int to = Math.min(end, from + EnglishTokenizer.MAX_WORD);
                    if (to < end && Character.isHighSurrogate(text.charAt(to - 1))) to--;
                    words.add(new Word(from, to));
                    from = to;
                }
            }
            i = end;
        }
    }

    private void addDictionaryWords(int start, int end) {
        char[] run = Arrays.copyOfRange(chars, start, end);
        if (lengths.length < run.length) lengths = new int[Math.max(run.length, 2 * lengths.length)];
        CoreWords.split(run, lengths);
        for (int i = 0; i < run.length; i += lengths[i]) words.add(new Word(start + i, start + i + lengths[i]));
    }

    /** Chinese characters: the unified ideographs and their extensions, compatibility ideographs and 〇. */
    static boolean isHan(int c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0x20000 && c <= 0x323AF
                || c >= 0xF900 && c <= 0xFAFF || c == 0x3007;
    }

    private static boolean isOtherWordChar(int c) {
        return Character.isLetterOrDigit(c) && !isHan(c);
    }

    @Override
    public void end() throws IOException {
        super.end();
        int length = text == null ? 0 : text.length();
        offset.setOffset(correctOffset(length), correctOffset(length));
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        forgetText();
    }

    @Override
    public void close() throws IOException {
        super.close();
        forgetText();
    }

    private void forgetText() {
        text = null;
        chars = null;
        words.clear();
        next = 0;
    }

    static String readAll(Reader input) throws IOException {
        StringBuilder all = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = input.read(buffer)) != -1; ) all.append(buffer, 0, n);
        return all.toString();
    }
}
