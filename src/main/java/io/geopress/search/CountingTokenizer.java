package io.geopress.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;

/**
 * The terms of a text for the index: each distinct term once, with how often it occurs as its term frequency.
 * Lucene adds up the frequencies into the same postings and field length as a word-by-word stream would give it
 * (its fields here keep no positions), but its indexing chain, the costliest part of indexing, then works once per
 * distinct term of an article rather than once per word, and so do the filters after this one (stop words, stems).
 */
final class CountingTokenizer extends TextTokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
    private final Counts counts = new Counts();
    private char[] scratch = new char[2 * EnglishWords.MAX_WORD];
    private int next;

    CountingTokenizer(Words rules) {
        super(rules);
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (readText()) {
            for (int i = 0; i < words.size(); i++) {
                int start = words.start(i);
                int end = words.end(i);
                if (scratch.length < 2 * (end - start)) scratch = new char[2 * (end - start)];
                counts.add(scratch, rules.term(text, start, end, scratch));
            }
        }
        if (next == counts.size) return false;
        term.copyBuffer(counts.chars, counts.starts[next], counts.lengths[next]);
        frequency.setTermFrequency(counts.counts[next]);
        next++;
        return true;
    }

    @Override
    void forgetText() {
        super.forgetText();
        counts.clear();
        next = 0;
    }

    /** Distinct terms and their counts, in the order first seen: an open-addressing hash table over a char pool. */
    private static final class Counts {
        char[] chars = new char[1 << 14];
        int[] starts = new int[1024];
        int[] lengths = new int[1024];
        int[] counts = new int[1024];
        int size;
        /** A term of up to four chars packed whole (they are never NUL), a longer one's hash. */
        private long[] keys = new long[1024];
        private int used;
        /** Term number + 1 per slot, 0 for an empty one; kept at most half full. */
        private int[] slots = new int[2048];

        /** Counts {@code term[0, length)}: most terms (Chinese words, short English ones) compare as one long. */
        void add(char[] term, int length) {
            long key = 0;
            if (length <= 4) {
                for (int i = 0; i < length; i++) key = key << 16 | term[i];
            } else {
                for (int i = 0; i < length; i++) key = 31 * key + term[i];
            }
            int mask = slots.length - 1;
            for (int slot = slot(key, mask); ; slot = slot + 1 & mask) {
                int t = slots[slot] - 1;
                if (t < 0) {
                    insert(slot, key, term, length);
                    return;
                }
                if (keys[t] == key && lengths[t] == length && (length <= 4 || same(t, term, length))) {
                    counts[t]++;
                    return;
                }
            }
        }

        private boolean same(int t, char[] term, int length) {
            char[] pool = chars;
            int start = starts[t];
            for (int i = 0; i < length; i++) if (pool[start + i] != term[i]) return false;
            return true;
        }

        private static int slot(long key, int mask) {
            long mixed = key * 0x9E3779B97F4A7C15L;
            return (int) (mixed ^ mixed >>> 32) & mask;
        }

        private void insert(int slot, long key, char[] term, int length) {
            if (used + length > chars.length) chars = Arrays.copyOf(chars, Math.max(2 * chars.length, used + length));
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, 2 * size);
                lengths = Arrays.copyOf(lengths, 2 * size);
                counts = Arrays.copyOf(counts, 2 * size);
                keys = Arrays.copyOf(keys, 2 * size);
            }
            System.arraycopy(term, 0, chars, used, length);
            starts[size] = used;
            lengths[size] = length;
            counts[size] = 1;
            keys[size] = key;
            used += length;
            slots[slot] = ++size;
            if (2 * size > slots.length) rehash(2 * slots.length);
        }

        private void rehash(int capacity) {
            slots = new int[capacity];
            int mask = capacity - 1;
            for (int t = 0; t < size; t++) {
                int slot = slot(keys[t], mask);
                while (slots[slot] != 0) slot = slot + 1 & mask;
                slots[slot] = t + 1;
            }
        }

        /** Forgets the terms; a very large table (a very long text's) is given back. */
        void clear() {
            if (slots.length > 1 << 16) {
                slots = new int[2048];
                chars = new char[1 << 14];
                starts = new int[1024];
                lengths = new int[1024];
                counts = new int[1024];
                keys = new long[1024];
            } else {
                Arrays.fill(slots, 0);
            }
            size = 0;
            used = 0;
        }
    }
}
