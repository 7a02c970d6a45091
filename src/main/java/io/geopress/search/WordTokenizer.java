package io.geopress.search;

import java.io.IOException;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** The words of a text one by one, with their offsets in it: for queries, and for marking words in snippets. */
final class WordTokenizer extends TextTokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private int next;

    WordTokenizer(Words rules) {
        super(rules);
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        readText();
        if (next == words.size()) return false;
        int start = words.start(next);
        int end = words.end(next++);
        term.setLength(rules.term(text, start, end, term.resizeBuffer(2 * (end - start))));
        offset.setOffset(correctOffset(start), correctOffset(end));
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = correctOffset(Math.max(length, 0));
        offset.setOffset(end, end);
    }

    @Override
    void forgetText() {
        super.forgetText();
        next = 0;
    }
}
