package io.geopress.model;

import java.util.Locale;

/** The two languages of a geopress page; pages mark them {@code lang="zh-CN"} and {@code lang="en"}. */
public enum Lang {
    ZH,
    EN;

    public Lang other() {
        return this == ZH ? EN : ZH;
    }

    /** The short name settings use: {@code zh} or {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language tag pages mark text with: {@code zh-CN} or {@code en}. */
    public String tag() {
        return this == ZH ? "zh-CN" : "en";
    }

    /** The language of a short name ({@code zh} or {@code en}), or null for any other text. */
    public static Lang ofCode(String code) {
        for (Lang lang : values()) {
            if (lang.code().equals(code)) return lang;
        }
        return null;
    }
}
