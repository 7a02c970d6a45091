package io.geopress.model;

/** What an importer or a check noticed about a block; flagged blocks are shown to editors. */
public enum BlockFlag {
    /** One language is missing: the source gave no translation. */
    UNTRANSLATED,
    /** The translation stops mid-sentence (typically where an excerpt was cut). */
    CUT_TRANSLATION,
    /** The Chinese is a model's translation of the English (the page labels it). */
    MACHINE_TRANSLATED_ZH,
    /** The English is a model's translation of the Chinese (the page labels it). */
    MACHINE_TRANSLATED_EN,
    /** A check failed on machine-written text: an editor must look before it is trusted. */
    NEEDS_REVIEW,
    /** A figure's local image could not be read at import: the page shows its caption until an editor supplies it. */
    MISSING_IMAGE;

    /** The flag saying a model wrote the {@code lang} text of a block. */
    public static BlockFlag machineTranslated(Lang lang) {
        return lang == Lang.ZH ? MACHINE_TRANSLATED_ZH : MACHINE_TRANSLATED_EN;
    }
}
