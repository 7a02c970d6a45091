package io.geopress.model;

/** The two languages of a geopress page; pages mark them {@code lang="zh-CN"} and {@code lang="en"}. */
public enum Lang {
    ZH,
    EN;

    public Lang other() {
        return this == ZH ? EN : ZH;
    }
}
