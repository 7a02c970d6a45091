package io.geopress.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.summary.TextRankKeyword;
import java.util.List;

/**
 * The one door to HanLP's segmenter and keyword extractor for this package. HanLP takes over a second to load its
 * dictionaries and keeps them in static fields, so the segmenter is made on first use, once (a holder class), and
 * HanLP's global configuration is never changed. Segmenting and keyword extraction are thread-safe.
 */
final class Hanlp {
    private Hanlp() {}

    private static final class Loaded {
        static final Segment SEGMENT = HanLP.newSegment();
        static final TextRankKeyword KEYWORDS = new TextRankKeyword(SEGMENT);
    }

    /** Words of a Chinese text, with their parts of speech. */
    static List<Term> segment(String text) {
        return Loaded.SEGMENT.seg(text);
    }

    static boolean isStopWord(String word) {
        return CoreStopWordDictionary.contains(word);
    }

    /** HanLP's TextRank keywords over already segmented (and filtered) words, best first. */
    static List<String> keywords(List<Term> words, int count) {
        return Loaded.KEYWORDS.getKeywords(words, count);
    }
}
