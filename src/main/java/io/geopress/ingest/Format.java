package io.geopress.ingest;

import java.util.Locale;

/** The source formats geopress imports. */
public enum Format {
    TEXT,
    HTML,
    MARKDOWN,
    JSONL,
    /** RSS, Atom or JSON Feed: an article per entry. */
    FEED;

    public static Format parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "' (text, html, markdown, jsonl, feed)");
        }
    }
}
