package io.geopress.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Tokenizer;

/** A tokenizer that reads its whole text before its first word, into a buffer kept from one text to the next. */
abstract class TextTokenizer extends Tokenizer {
    /** A buffer larger than this is not kept after its text: a tokenizer lives as long as its thread. */
    private static final int KEPT = 1 << 16;

    final Words rules;
    final Words.Spans words = new Words.Spans();
    char[] text = new char[4096];
    int length = -1;

    TextTokenizer(Words rules) {
        this.rules = rules;
    }

    /** Reads the text and splits it into words, at the first call after {@link #reset}; false on the others. */
    final boolean readText() throws IOException {
        if (length >= 0) return false;
        length = 0;
        for (int n; (n = input.read(text, length, text.length - length)) != -1; ) {
            length += n;
            if (length == text.length) text = Arrays.copyOf(text, 2 * text.length);
        }
        rules.split(text, length, words);
        return true;
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

    void forgetText() {
        length = -1;
        words.clear();
        if (text.length > KEPT) text = new char[4096];
    }
}
