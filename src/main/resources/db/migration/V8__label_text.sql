-- What a label's list page says of it beside its name: a Hugo section's title and description, given to its
-- category. name is the name folded as in label_slug; an import of the section again replaces the row.
CREATE TABLE label_text (
    kind           TEXT NOT NULL,
    name           TEXT NOT NULL,
    shown_name     TEXT NOT NULL,
    title_zh       TEXT NOT NULL,
    title_en       TEXT NOT NULL,
    description_zh TEXT NOT NULL,
    description_en TEXT NOT NULL,
    PRIMARY KEY (kind, name)
);
