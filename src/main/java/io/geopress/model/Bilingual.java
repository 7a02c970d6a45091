package io.geopress.model;

import java.util.Objects;

/** A text in Chinese and English; an empty string means that language is missing. */
public record Bilingual(String zh, String en) {
    public static final Bilingual EMPTY = new Bilingual("", "");

    public Bilingual {
        zh = zh == null ? "" : CleanText.of(zh).strip();
        en = en == null ? "" : CleanText.of(en).strip();
    }

    public static Bilingual of(Lang lang, String text) {
        return lang == Lang.ZH ? new Bilingual(text, "") : new Bilingual("", text);
    }

    public String get(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    public boolean has(Lang lang) {
        return !get(lang).isEmpty();
    }

    public boolean isEmpty() {
        return zh.isEmpty() && en.isEmpty();
    }

    public boolean isComplete() {
        return !zh.isEmpty() && !en.isEmpty();
    }

    /** The Chinese text when there is one, else the English. */
    public String any() {
        return in(Lang.ZH);
    }

    /** The text in {@code lang} when there is one, else the other. */
    public String in(Lang lang) {
        return has(lang) ? get(lang) : get(lang.other());
    }

    /** Both texts, Chinese first, with {@code separator} between; one text alone when the other is missing. */
    public String joined(String separator) {
        return isComplete() ? zh + separator + en : any();
    }

    public Bilingual with(Lang lang, String text) {
        Objects.requireNonNull(lang);
        return lang == Lang.ZH ? new Bilingual(text, en) : new Bilingual(zh, text);
    }
}
