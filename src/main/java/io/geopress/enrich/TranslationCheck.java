package io.geopress.enrich;

import io.geopress.model.Lang;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a block's translation against its source: every number, percentage, date, Latin-script name and web address
 * of the source must appear in it (an address exactly as written), and its length must be plausible. Returns what
 * fails, one phrase each.
 */
final class TranslationCheck {
    /**
     * English characters per Chinese character (white space left out). Measured on the seed's 30 complete pairs of
     * news prose: 3.1 to 4.6. Outside 1.5 to 8, text was dropped or added; blocks shorter than {@link #MIN_HAN}
     * Chinese characters (headings, names) vary too much to judge.
     */
    static final double MIN_RATIO = 1.5;
    static final double MAX_RATIO = 8.0;
    static final int MIN_HAN = 12;

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})日?");
    private static final Pattern NUMBER = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(%|percent|per cent|万|亿|千|thousand|million|billion|trillion)?", Pattern.CASE_INSENSITIVE);
    // possessive: no recursion per repetition
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z0-9]*+(?:[-.+][A-Za-z0-9]++)*+");
    private static final Pattern ADDRESS = Pattern.compile("(?i)(?:https?://|www\\.)[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]++");
    private static final Map<String, Double> SCALE = Map.of("万", 1e4, "亿", 1e8, "千", 1e3, "thousand", 1e3, "million", 1e6,
            "billion", 1e9, "trillion", 1e12);
    private static final double[] SCALES = {1, 1e3, 1e4, 1e6, 1e8, 1e9, 1e12};
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"};
    private static final List<String> SMALL_EN = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");
    private static final String SMALL_ZH = "零一二三四五六七八九十";

    private TranslationCheck() {}

    static List<String> failures(String source, Lang from, String translation) {
        String src = normal(source);
        String out = normal(translation);
        List<String> failures = new ArrayList<>();
        Set<String> addresses = addresses(out);
        for (String url : addresses(src)) {
            if (!addresses.contains(url)) failures.add("drops or changes the address \"" + url + "\"");
        }
        Matcher date = DATE.matcher(src);
        StringBuilder rest = new StringBuilder();
        while (date.find()) {
            if (!hasDate(out, date.group(1), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3)))) {
                failures.add("drops the date \"" + date.group() + "\"");
            }
            date.appendReplacement(rest, " ");
        }
        date.appendTail(rest);
        Set<String> present = numbersIn(out);
        Matcher n = NUMBER.matcher(rest);
        while (n.find()) {
            String unit = n.group(2) == null ? "" : n.group(2).toLowerCase(Locale.ROOT);
            if (!hasNumber(present, out, n.group(1), unit, from.other())) failures.add("drops \"" + n.group().strip() + "\"");
        }
        String lowerOut = out.toLowerCase(Locale.ROOT);
        Matcher name = LATIN.matcher(src);
        while (name.find()) {
            String word = name.group();
            if (isName(word, from) && !lowerOut.contains(word.toLowerCase(Locale.ROOT))) failures.add("drops the name \"" + word + "\"");
        }
        ratio(src, from, out).ifPresent(failures::add);
        return failures;
    }

    /** The web addresses in {@code text}, in order, as a sentence holds them (see below). */
    private static Set<String> addresses(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) found.add(withoutClosingPunctuation(m.group()));
        return found;
    }

    /** An address as a sentence holds it: punctuation after it ends the sentence, not the address. */
    private static String withoutClosingPunctuation(String address) {
        int end = address.length();
        while (end > 0 && ".,;:!?'()[]".indexOf(address.charAt(end - 1)) >= 0) end--;
        return address.substring(0, end);
    }

    /**
     * In Chinese every Latin-script word is a name (DeepSeek, AI, GPT-4o); in English only words that a translation
     * keeps in Latin letters: with a capital or a digit after the first letter (iPhone, DeepSeek, GPT-4o).
     */
    private static boolean isName(String word, Lang from) {
        if (from == Lang.ZH) return true;
        return word.length() > 1 && word.substring(1).chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static java.util.Optional<String> ratio(String src, Lang from, String out) {
        String zh = from == Lang.ZH ? src : out;
        String en = from == Lang.ZH ? out : src;
        long han = zh.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        if (han < MIN_HAN && from == Lang.ZH || en.length() < MIN_HAN * 3 && from == Lang.EN) return java.util.Optional.empty();
        double ratio = han == 0 ? Double.POSITIVE_INFINITY : en.length() / (double) han;
        if (ratio >= MIN_RATIO && ratio <= MAX_RATIO) return java.util.Optional.empty();
        String what = (from == Lang.ZH) == (ratio < MIN_RATIO) ? "is too short" : "is too long";
        return java.util.Optional.of(what + String.format(Locale.ROOT, " (%.1f English characters per Chinese one; plausible: %.1f to %.1f)",
                ratio, MIN_RATIO, MAX_RATIO));
    }

    private static boolean hasDate(String out, String year, int month, int day) {
        if (!out.contains(year)) return false;
        Set<String> numbers = numbersIn(out);
        if (!numbers.contains(String.valueOf(day))) return false;
        return numbers.contains(String.valueOf(month)) || out.toLowerCase(Locale.ROOT).contains(MONTHS[Math.max(0, Math.min(11, month - 1))]);
    }

    /**
     * A number is kept when it appears as written, or rescaled (3亿 = 300 million, 1.2 million = 120万), or spelled
     * out when it is ten or less; a percentage keeps its % (or "percent").
     */
    private static boolean hasNumber(Set<String> present, String out, String digits, String unit, Lang to) {
        boolean percent = unit.equals("%") || unit.startsWith("per");
        if (percent) {
            return out.contains(digits + "%") || out.toLowerCase(Locale.ROOT).matches("(?s).*\\b" + Pattern.quote(digits) + "\\s*per ?cent.*");
        }
        if (present.contains(plain(new BigDecimal(digits)))) return true;
        double value = Double.parseDouble(digits) * SCALE.getOrDefault(unit, 1.0);
        for (double scale : SCALES) {
            BigDecimal scaled = BigDecimal.valueOf(value / scale);
            if (scaled.scale() <= 2 && present.contains(plain(scaled))) return true;
        }
        if (!digits.contains(".") && digits.length() <= 2 && Integer.parseInt(digits) <= 10) {
            int small = Integer.parseInt(digits);
            return to == Lang.EN ? out.toLowerCase(Locale.ROOT).matches("(?s).*\\b" + SMALL_EN.get(small) + "\\b.*")
                    : out.indexOf(SMALL_ZH.charAt(small)) >= 0 || small == 2 && out.contains("两");
        }
        return false;
    }

    private static Set<String> numbersIn(String text) {
        Set<String> numbers = new HashSet<>();
        Matcher m = Pattern.compile("\\d+(?:\\.\\d+)?").matcher(text);
        while (m.find()) numbers.add(plain(new BigDecimal(m.group())));
        return numbers;
    }

    private static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** Full-width digits and signs as ASCII; thousands separators dropped (1,200 = 1200). */
    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("(?<=\\d),(?=\\d{3})", "");
    }
}
