package io.geopress.search;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.Arrays;

/**
 * Longest-match words of HanLP's core dictionary, as its {@code DoubleArrayTrieSegment} finds them. The trie is
 * read straight from HanLP's binary dictionary, skipping the part-of-speech records that segmentation does not use,
 * and without HanLP's {@code Segment}, whose constructor loads the custom dictionary too (3 MB, unused here): about
 * 50 ms of start-up instead of 250, which is most of what indexing one changed article costs a rebuild.
 */
final class CoreWords {
    /** The core dictionary of HanLP's portable jar, as {@code HanLP.Config.CoreDictionaryPath} names it, compiled. */
    static final String DICTIONARY = "/data/dictionary/CoreNatureDictionary.mini.txt.bin";
    private static final Trie TRIE = new Trie(read());

    private CoreWords() {}

    /** Writes into {@code lengths[i]} the length of the word at {@code text[i]}, for each word's first char. */
    static void split(char[] text, int[] lengths) {
        Arrays.fill(lengths, 0, text.length, 1);
        DoubleArrayTrie<CoreDictionary.Attribute>.LongestSearcher searcher = TRIE.getLongestSearcher(text, 0);
        while (searcher.next()) lengths[searcher.begin] = searcher.length;
    }

    private static IntBuffer read() {
        try (InputStream in = CoreWords.class.getResourceAsStream(DICTIONARY)) {
            if (in == null) throw new IllegalStateException("HanLP's core dictionary " + DICTIONARY + " is not on the class path");
            return ByteBuffer.wrap(in.readAllBytes()).asIntBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The layout {@code CoreDictionary.loadDat} reads (big-endian ints): the word count, then per word its total
     * frequency, its number of parts of speech and a (part of speech, frequency) pair for each; then the trie's
     * size and a (base, check) pair per slot, which {@code DoubleArrayTrie.load} reads.
     */
    private static final class Trie extends DoubleArrayTrie<CoreDictionary.Attribute> {
        Trie(IntBuffer ints) {
            int words = ints.get();
            for (int i = 0; i < words; i++) {
                ints.get();
                int partsOfSpeech = ints.get();
                ints.position(ints.position() + 2 * partsOfSpeech);
            }
            size = ints.get();
            base = new int[size + 65535]; // the slack DoubleArrayTrie.load leaves, which its searchers rely on
            check = new int[size + 65535];
            for (int i = 0; i < size; i++) {
                base[i] = ints.get();
                check[i] = ints.get();
            }
            // HanLP also accepts one more int after the trie (a total frequency), and reads no further
            if (ints.remaining() > 1) throw new IllegalStateException("HanLP's core dictionary " + DICTIONARY + " has an unknown layout");
            v = new CoreDictionary.Attribute[words];
        }
    }
}
