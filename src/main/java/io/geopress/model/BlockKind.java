package io.geopress.model;

public enum BlockKind {
    HEADING,
    PARAGRAPH,
    LIST_ITEM,
    QUOTE
}
