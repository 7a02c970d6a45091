package io.geopress.model;

/** What an importer or a check noticed about a block; flagged blocks are shown to editors. */
public enum BlockFlag {
    /** One language is missing: the source gave no translation. */
    UNTRANSLATED,
    /** The translation stops mid-sentence (typically where an excerpt was cut). */
    CUT_TRANSLATION,
    /** One language was written by a model (the page labels it). */
    MACHINE_TRANSLATED,
    /** A check failed on machine-written text: an editor must look before it is trusted. */
    NEEDS_REVIEW
}
