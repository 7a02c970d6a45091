package io.geopress.text;

import com.hankcs.hanlp.seg.common.Term;
import io.geopress.model.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The content words of a sentence: HanLP's words minus its stop words in Chinese, lower-cased words minus stop words in English. */
final class Words {
    // possessive: a repeated group otherwise recurses per repetition
    private static final Pattern ENGLISH_WORD = Pattern.compile("[\\p{L}\\p{N}]++(?:['’-][\\p{L}\\p{N}]++)*+");
    private static final Set<String> ENGLISH_STOP_WORDS = Set.of("a", "about", "above", "after", "again", "against",
            "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being",
            "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during",
            "each", "even", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here",
            "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its",
            "itself", "just", "less", "many", "may", "me", "might", "more", "most", "much", "must", "my", "myself",
            "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours",
            "ourselves", "out", "over", "own", "same", "said", "says", "she", "should", "since", "so", "some", "such",
            "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
            "those", "through", "to", "too", "under", "until", "up", "upon", "us", "very", "was", "we", "were",
            "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "within", "without",
            "would", "yet", "you", "your", "yours", "yourself", "yourselves", "it's", "don't", "new", "two", "three",
            "first", "well", "still", "per", "via", "like", "get", "got", "make", "made", "according", "year", "years");

    private Words() {}

    static List<String> of(String sentence, Lang lang) {
        return lang == Lang.ZH ? chinese(sentence) : english(sentence);
    }

    /** Lower-cased content words. */
    static List<String> english(String text) {
        return written(text).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /** Content words as the text writes them. */
    static List<String> written(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = ENGLISH_WORD.matcher(text);
        while (m.find()) {
            String w = m.group().replace('’', '\'');
            if (isContent(w.toLowerCase(Locale.ROOT))) words.add(w);
        }
        return words;
    }

    static boolean isContent(String englishWord) {
        return !ENGLISH_STOP_WORDS.contains(englishWord) && englishWord.codePoints().anyMatch(Character::isLetter)
                && (englishWord.length() > 1 || Script.isHan(englishWord.codePointAt(0)));
    }

    static List<String> chinese(String text) {
        List<String> words = new ArrayList<>();
        for (Term t : Hanlp.segment(text)) {
            String w = t.word.strip().toLowerCase(Locale.ROOT);
            if (w.isEmpty() || Script.hasNoWords(w) || Hanlp.isStopWord(w)) continue;
            if (Script.hanCount(w) == 0 && !isContent(w)) continue;
            words.add(w);
        }
        return words;
    }
}
