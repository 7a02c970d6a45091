package io.geopress.model;

import java.util.Objects;

/** The label of a footnote block, as its references ({@link Inline.NoteRef}) give it. */
public record Footnote(String label) implements Block.Detail {
    public Footnote {
        label = CleanText.of(Objects.requireNonNull(label, "label")).strip();
        if (label.isEmpty()) throw new IllegalArgumentException("a footnote needs a label");
    }
}
