package io.geopress.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;

/**
 * Longest-match words of HanLP's core dictionary, as its {@code DoubleArrayTrieSegment} finds them (but for one rare
 * case: where a word's prefix runs on to the end of the text past a shorter word, HanLP leaves the rest of the text
 * as single characters, and this goes on finding words in it). The trie is read straight from HanLP's binary
 * dictionary, skipping the part-of-speech records that segmentation does not use, and without HanLP's
 * {@code Segment}, whose constructor loads the custom dictionary too (3 MB, unused here): about 50 ms of start-up
 * instead of 250, which is most of what indexing one changed article costs a rebuild. Each slot's base and check sit
 * side by side, so that a step through the trie touches one cache line rather than two.
 */
final class CoreWords {
    /** The core dictionary of HanLP's portable jar, as {@code HanLP.Config.CoreDictionaryPath} names it, compiled. */
    static final String DICTIONARY = "/data/dictionary/CoreNatureDictionary.mini.txt.bin";
    /** The double-array trie: slot p's base at {@code 2p}, its check at {@code 2p + 1}. */
    private static final int[] TRIE = read();

    private CoreWords() {}

    /**
     * Writes into {@code lengths[i - start]} the length of the word at {@code text[i]}, for the first char of each
     * word of {@code text[start, end)}: at each place the longest word of the dictionary, else one character.
     */
    static void split(char[] text, int start, int end, int[] lengths) {
        int[] trie = TRIE;
        int root = trie[0];
        for (int begin = start; begin < end; ) {
            int longest = 1;
            int b = root;
            for (int i = begin; i < end; i++) {
                int p = b + text[i] + 1;
                if (trie[2 * p + 1] != b) break;
                b = trie[2 * p];
                if (trie[2 * b + 1] == b && trie[2 * b] < 0) longest = i - begin + 1; // a word ends here
            }
            lengths[begin - start] = longest;
            begin += longest;
        }
    }

    /**
     * The layout {@code CoreDictionary.loadDat} reads (big-endian ints): the word count, then per word its total
     * frequency, its number of parts of speech and a (part of speech, frequency) pair for each; then the trie's
     * size and a (base, check) pair per slot, which {@code DoubleArrayTrie.load} reads.
     */
    private static int[] read() {
        IntBuffer ints;
        try (InputStream in = CoreWords.class.getResourceAsStream(DICTIONARY)) {
            if (in == null) throw new IllegalStateException("HanLP's core dictionary " + DICTIONARY + " is not on the class path");
            ints = ByteBuffer.wrap(in.readAllBytes()).asIntBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int words = ints.get();
        for (int i = 0; i < words; i++) {
            ints.get();
            int partsOfSpeech = ints.get();
            ints.position(ints.position() + 2 * partsOfSpeech);
        }
        int size = ints.get();
        // the slack DoubleArrayTrie.load leaves: a step goes up to one char (65,536) past a slot's base
        int[] trie = new int[2 * (size + 65537)];
        ints.get(trie, 0, 2 * size);
        // HanLP also accepts one more int after the trie (a total frequency), and reads no further
        if (ints.remaining() > 1) throw new IllegalStateException("HanLP's core dictionary " + DICTIONARY + " has an unknown layout");
        return trie;
    }
}
