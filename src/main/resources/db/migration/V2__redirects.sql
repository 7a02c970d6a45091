-- Addresses an article had before (an old slug, a Hugo alias), each redirecting to the article as it is now.
CREATE TABLE redirect (
    path       TEXT    PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article (id),
    created_at TEXT    NOT NULL
);
