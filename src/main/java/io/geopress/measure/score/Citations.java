package io.geopress.measure.score;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citation marks of an answer: {@code [1]}, {@code [^3]}, {@code [ref_1]}, {@code [1, 2]}, {@code [1,2]},
 * {@code 【1】} (runs such as {@code [1][2]} are one mark each). Each mark is replaced by {@link #MARK}, a character
 * of the private use area that no sentence splitter takes for punctuation, so that sentences can be split with the
 * marks still in place and each mark found again by its position.
 */
final class Citations {
    static final char MARK = '\uE000';
    private static final String NUMBER = "(?:\\^|ref_?)?\\d{1,6}";
    private static final String LIST = NUMBER + "(?:\\s*[,，、]\\s*" + NUMBER + ")*";
    private static final Pattern GROUP = Pattern.compile("\\[\\s*" + LIST + "\\s*]|【\\s*" + LIST + "\\s*】",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** The answer with every mark replaced by {@link #MARK}, and the numbers each mark names, in order. */
    record Marked(String text, List<List<Integer>> marks) {}

    private Citations() {}

    static Marked mark(String answer) {
        Matcher m = GROUP.matcher(answer);
        StringBuilder text = new StringBuilder(answer.length());
        List<List<Integer>> marks = new ArrayList<>();
        while (m.find()) {
            List<Integer> numbers = new ArrayList<>();
            Matcher d = DIGITS.matcher(m.group());
            while (d.find()) numbers.add(Integer.parseInt(d.group()));
            marks.add(List.copyOf(numbers));
            m.appendReplacement(text, "");
            text.append(MARK);
        }
        m.appendTail(text);
        return new Marked(text.toString(), List.copyOf(marks));
    }
}
