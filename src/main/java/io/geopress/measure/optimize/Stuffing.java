package io.geopress.measure.optimize;

import io.geopress.model.Lang;
import io.geopress.text.Script;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keyword stuffing, which the GEO paper found to lower visibility. A term is an English word of three letters or
 * more (lower-cased) or a pair of consecutive Chinese characters. A rewrite stuffs a term when it holds it at least
 * {@link #LEAST} times and more than {@link #FACTOR} times as often as the original's rate predicts for a text of the
 * rewrite's length (and more than {@link #FACTOR} times when the original lacks it): "expected" = count in the
 * original × rewrite length ÷ original length, lengths in terms.
 */
final class Stuffing {
    static final int LEAST = 3;
    static final double FACTOR = 2.0;
    private static final Pattern WORD = Pattern.compile("[a-z][a-z'-]{2,}");

    private Stuffing() {}

    /** The stuffed term of {@code rewrite} against {@code original} with its counts, as a phrase, or empty. */
    static Optional<String> of(String rewrite, String original, Lang lang) {
        Map<String, Integer> now = terms(rewrite, lang);
        Map<String, Integer> before = terms(original, lang);
        int nowTotal = now.values().stream().mapToInt(Integer::intValue).sum();
        int beforeTotal = Math.max(1, before.values().stream().mapToInt(Integer::intValue).sum());
        String worst = null;
        double worstRatio = 0;
        for (Map.Entry<String, Integer> term : now.entrySet()) {
            int count = term.getValue();
            if (count < LEAST) continue;
            double expected = Math.max(1, before.getOrDefault(term.getKey(), 0) * (double) nowTotal / beforeTotal);
            if (count > FACTOR * expected && count / expected > worstRatio) {
                worst = term.getKey();
                worstRatio = count / expected;
            }
        }
        if (worst == null) return Optional.empty();
        return Optional.of("repeats “" + worst + "” " + now.get(worst) + " times where the original's rate allows about "
                + Math.round(Math.max(1, before.getOrDefault(worst, 0) * (double) nowTotal / beforeTotal)) + " (keyword stuffing)");
    }

    static Map<String, Integer> terms(String text, Lang lang) {
        Map<String, Integer> counts = new HashMap<>();
        if (lang == Lang.EN) {
            Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
            while (m.find()) counts.merge(m.group(), 1, Integer::sum);
            return counts;
        }
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            if (Script.isHan(cps[i]) && Script.isHan(cps[i + 1])) counts.merge(new String(cps, i, 2), 1, Integer::sum);
        }
        return counts;
    }
}
