package io.geopress.search;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.util.Iterator;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Chinese words for the index, segmented by HanLP's dictionary and bigram model (Viterbi), which reads Chinese
 * several times faster than smartcn's HMM, so a large site is indexed in a fraction of the time. Recognition of
 * names, places and part of speech is off: search needs words, not tags. Punctuation is dropped.
 */
final class ChineseTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final Segment segment = HanLP.newSegment().enableOffset(true).enablePartOfSpeechTagging(false)
            .enableNameRecognize(false).enablePlaceRecognize(false).enableOrganizationRecognize(false)
            .enableTranslatedNameRecognize(false).enableJapaneseNameRecognize(false).enableNumberQuantifierRecognize(false);
    private Iterator<Term> words;
    private int length;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (words == null) {
            String text = readAll();
            length = text.length();
            words = segment.seg(text).iterator();
        }
        while (words.hasNext()) {
            Term word = words.next();
            if (!hasLetterOrDigit(word.word)) continue;
            term.setEmpty().append(word.word);
            offset.setOffset(correctOffset(word.offset), correctOffset(word.offset + word.length()));
            return true;
        }
        return false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        offset.setOffset(correctOffset(length), correctOffset(length));
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        words = null;
    }

    private String readAll() throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = input.read(buffer)) != -1; ) text.append(buffer, 0, n);
        return text.toString();
    }

    private static boolean hasLetterOrDigit(String word) {
        return word.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
