-- The slug of each tag, category and source name, given once and kept, so that a later name that makes the same
-- words (C# after C++) gets a page of its own instead of sharing the first one's. name is the name folded (lower
-- case, white space collapsed); kind is tag, category or source.
CREATE TABLE label_slug (
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    slug TEXT NOT NULL,
    PRIMARY KEY (kind, name),
    UNIQUE (kind, slug)
);
