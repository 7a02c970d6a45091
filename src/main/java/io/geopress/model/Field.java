package io.geopress.model;

/** The parts of an article that carry their own provenance. */
public enum Field {
    TITLE,
    SUMMARY,
    SOURCE_TITLE,
    BODY,
    /** The translations a model added to the body's blocks (the blocks' flags say which). */
    TRANSLATION,
    FAQ,
    TAGS,
    KEYWORDS,
    CATEGORIES
}
