package io.geopress.model;

/** The two languages of a geopress page, with their BCP 47 tags as used in {@code lang} attributes. */
public enum Lang {
    ZH("zh-CN"),
    EN("en");

    private final String tag;

    Lang(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Lang other() {
        return this == ZH ? EN : ZH;
    }
}
