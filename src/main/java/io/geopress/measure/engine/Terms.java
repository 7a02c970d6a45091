package io.geopress.measure.engine;

import io.geopress.text.Script;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The terms of a text for relevance: lower-cased runs of letters and digits of two characters or more, and for
 * Chinese the bigrams of each run of Han characters (a lone character as itself), since unsegmented Chinese has
 * no spaces to split on. Counts are kept in a sorted map so that sums over them run in one order every time.
 */
final class Terms {
    private Terms() {}

    static Map<String, Integer> of(String text) {
        Map<String, Integer> terms = new TreeMap<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length()) {
            int c = lower.codePointAt(i);
            int start = i;
            if (Script.isHan(c)) {
                while (i < lower.length() && Script.isHan(lower.codePointAt(i))) i += Character.charCount(lower.codePointAt(i));
                hanTerms(lower.substring(start, i), terms);
            } else if (Character.isLetterOrDigit(c)) {
                while (i < lower.length() && Character.isLetterOrDigit(lower.codePointAt(i))
                        && !Script.isHan(lower.codePointAt(i))) i += Character.charCount(lower.codePointAt(i));
                if (i - start >= 2) terms.merge(lower.substring(start, i), 1, Integer::sum);
            } else {
                i += Character.charCount(c);
            }
        }
        return terms;
    }

    private static void hanTerms(String run, Map<String, Integer> terms) {
        List<Integer> points = run.codePoints().boxed().toList();
        if (points.size() == 1) {
            terms.merge(run, 1, Integer::sum);
            return;
        }
        for (int j = 0; j + 1 < points.size(); j++) {
            terms.merge(new String(new int[] {points.get(j), points.get(j + 1)}, 0, 2), 1, Integer::sum);
        }
    }
}
