package io.geopress.model;

/** The parts of an article that carry their own provenance. */
public enum Field {
    TITLE,
    SUMMARY,
    SOURCE_TITLE,
    BODY,
    FAQ,
    TAGS,
    KEYWORDS,
    CATEGORIES
}
