package io.geopress.model;

import java.util.Objects;

/**
 * What a label's list page says of it beside its name: a title and a description in each language (a Hugo section's
 * {@code _index.md} gives them to its category).
 *
 * @param name the label's name, as articles carry it
 */
public record LabelText(LabelSlugs.Kind kind, String name, Bilingual title, Bilingual description) {
    public LabelText {
        Objects.requireNonNull(kind, "kind");
        name = CleanText.of(Objects.requireNonNull(name, "name")).strip();
        title = title == null ? Bilingual.EMPTY : title.plain();
        description = description == null ? Bilingual.EMPTY : description.plain();
    }
}
