package io.geopress.search;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops stop words and stems the other English terms as Lucene's StopFilter and PorterStemFilter do (queries go
 * through those), but works each word's fate out once and then remembers it: a site's articles share most of their
 * words, and stemming each article's words again was a tenth of a full build. A stop word is remembered as such, so
 * that each term takes one lookup.
 */
final class RememberedTerms extends TokenFilter {
    /** Words remembered at most; past it, the memory starts again (a tokenizer lives as long as its thread). */
    private static final int REMEMBERED = 200_000;

    /** What a stop word is remembered as. */
    private static final char[] STOP_WORD = new char[0];

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final CharArraySet stopWords;
    private final CharArrayMap<char[]> stems = new CharArrayMap<>(4096, false);
    private final OneWord word = new OneWord();
    private final TokenStream stemmer = new PorterStemFilter(word);

    RememberedTerms(TokenStream input, CharArraySet stopWords) {
        super(input);
        this.stopWords = stopWords;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            char[] stem = stems.get(term.buffer(), 0, term.length());
            if (stem == null) {
                stem = stopWords.contains(term.buffer(), 0, term.length()) ? STOP_WORD : stem(term.buffer(), term.length());
                if (stems.size() >= REMEMBERED) stems.clear();
                stems.put(term.toString(), stem);
            }
            if (stem != STOP_WORD) {
                term.copyBuffer(stem, 0, stem.length);
                return true;
            }
        }
        return false;
    }

    private char[] stem(char[] buffer, int length) throws IOException {
        word.set(buffer, length);
        stemmer.incrementToken();
        return word.term.toString().toCharArray();
    }

    /** A stream of one word, for the stemmer to stem in place. */
    private static final class OneWord extends TokenStream {
        final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private boolean ready;

        void set(char[] buffer, int length) {
            clearAttributes();
            term.copyBuffer(buffer, 0, length);
            ready = true;
        }

        @Override
        public boolean incrementToken() {
            boolean next = ready;
            ready = false;
            return next;
        }
    }
}
