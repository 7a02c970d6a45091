package io.geopress.measure.audit;

import io.geopress.model.Lang;
import io.geopress.text.Script;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap lexical check of grounding, in place of enrichment's embedding model (which takes seconds to load): the share
 * of a text's tokens that occur in some passages. Tokens are pairs of adjacent Chinese characters in Chinese, and in
 * English lower-cased words of three letters or more (and numbers), so that "the", "of" and the like do not count.
 */
final class Overlap {
    private Overlap() {}

    /** The share of {@code text}'s tokens found in {@code passages}, in {@code lang}; 0 when it has none. */
    static double share(String text, List<String> passages, Lang lang) {
        Set<String> wanted = tokens(text, lang);
        if (wanted.isEmpty()) return 0;
        Set<String> found = new HashSet<>();
        for (String passage : passages) found.addAll(tokens(passage, lang));
        long hit = wanted.stream().filter(found::contains).count();
        return (double) hit / wanted.size();
    }

    static Set<String> tokens(String text, Lang lang) {
        Set<String> tokens = new HashSet<>();
        if (lang == Lang.ZH) {
            int previous = -1;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                if (Script.isHan(c) && previous >= 0) tokens.add(new String(Character.toChars(previous)) + new String(Character.toChars(c)));
                previous = Script.isHan(c) ? c : -1;
                i += Character.charCount(c);
            }
            return tokens;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3 || (!word.isEmpty() && Character.isDigit(word.charAt(0)))) tokens.add(word);
        }
        return tokens;
    }
}
