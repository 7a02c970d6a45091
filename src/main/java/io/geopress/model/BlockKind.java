package io.geopress.model;

public enum BlockKind {
    HEADING,
    PARAGRAPH,
    LIST_ITEM,
    QUOTE,
    /** An image with its caption in both languages. */
    FIGURE,
    /** A table: its caption is the block's text, its cells are in {@link Table}. */
    TABLE,
    /** Code, shown as written and never translated. */
    CODE,
    /** A horizontal rule (a thematic break). */
    RULE,
    /** A footnote's text, referred to by {@link Inline.NoteRef}s with its label. */
    FOOTNOTE;

    /** Whether blocks of this kind hold text a reader reads in both languages, so a translation belongs to them. */
    public boolean translatable() {
        return this != CODE && this != RULE;
    }
}
