package io.geopress.measure.score;

import io.geopress.text.Script;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words as the scores count them: every Han character is one word; every other run of letters and digits (with
 * inner apostrophes, hyphens, dots and commas: "don't", "3.5", "1,000") is one word when it is longer than two
 * characters, as the reference code counts (it drops "a", "is", "AI", "42").
 */
final class WordCount {
    static final int SHORTEST = 3;
    private static final String PART = "[[\\p{L}\\p{N}]&&[^\\p{IsHan}]]++";
    private static final Pattern TOKEN = Pattern.compile(PART + "(?:['’.,-]" + PART + ")*+");

    private WordCount() {}

    static int of(String sentence) {
        int words = Script.hanCount(sentence);
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            if (m.group().length() >= SHORTEST) words++;
        }
        return words;
    }
}
