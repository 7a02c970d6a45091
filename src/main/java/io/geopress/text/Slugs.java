package io.geopress.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * URL slugs from titles: English words when there is an English title, else the pinyin of the Chinese one. HanLP
 * takes a second to load its dictionaries, so it is touched only when a Chinese title needs it.
 */
public final class Slugs {
    private static final int MAX_LENGTH = 64;

    private Slugs() {}

    public static String fromEnglish(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return trim(ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
    }

    public static String fromChinese(String title) {
        List<Pinyin> pinyin = HanLP.convertToPinyinList(title);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (Script.isHan(c) && i < pinyin.size() && pinyin.get(i) != Pinyin.none5) {
                out.append('-').append(pinyin.get(i).getPinyinWithoutTone()).append('-');
            } else if (c < 128 && Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            } else {
                out.append('-');
            }
        }
        return trim(out.toString().replace("ü", "v").replaceAll("[^a-z0-9]+", "-"));
    }

    /** A slug given by a source (front matter) made usable: kept when valid, else rebuilt from its words. */
    public static String normalize(String given) {
        if (isValid(given)) return given;
        return Script.hanCount(given) > 0 ? fromChinese(given) : fromEnglish(given);
    }

    /**
     * The slug a tag, category or source name asks for: its words, with the symbols that tell programming languages
     * and companies apart spelled out ({@code C++} is {@code c-plus-plus}, {@code C#} {@code c-sharp}, {@code R&D}
     * {@code r-and-d}); a name without letters or digits ({@code 🔥}, {@code !!!}) gets {@code prefix} and a hash
     * of it. {@link #unique} makes it the name's own.
     */
    public static String forLabel(String name, String prefix) {
        String spelled = name.strip().replace("++", " plus plus ").replace("+", " plus ").replace("#", " sharp ")
                .replace("&", " and ");
        String slug = normalize(spelled);
        if (!slug.isEmpty()) return slug;
        return prefix + "-" + Integer.toHexString(name.strip().hashCode() & 0x7fffffff);
    }

    /** {@code base}, or the first of {@code base-2}, {@code base-3}, … that is not {@code taken}. */
    public static String unique(String base, Predicate<String> taken) {
        String slug = base;
        for (int n = 2; taken.test(slug); n++) slug = base + "-" + n;
        return slug;
    }

    /** Whether a slug, e.g. one given in front matter, is usable as it is. */
    public static boolean isValid(String slug) {
        return slug.length() <= 100 && slug.matches("[a-z0-9]+(-[a-z0-9]+)*+");
    }

    private static String trim(String slug) {
        String s = slug.replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        if (s.length() > MAX_LENGTH) {
            int cut = s.lastIndexOf('-', MAX_LENGTH);
            s = s.substring(0, cut > 20 ? cut : MAX_LENGTH);
        }
        return s.replaceAll("-$", "");
    }
}
