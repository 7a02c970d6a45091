-- An article is its identity and slug; its content lives in revisions, which are never updated or deleted.
CREATE TABLE article (
    id                 INTEGER PRIMARY KEY,
    identity           TEXT    NOT NULL UNIQUE,
    slug               TEXT    NOT NULL UNIQUE,
    status             TEXT    NOT NULL,
    latest_revision    INTEGER NOT NULL,
    published_revision INTEGER NOT NULL DEFAULT 0,
    published_at       TEXT,
    created_at         TEXT    NOT NULL
);

CREATE TABLE revision (
    article_id   INTEGER NOT NULL REFERENCES article (id),
    number       INTEGER NOT NULL,
    content_hash TEXT    NOT NULL,
    content      TEXT    NOT NULL,
    reason       TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    PRIMARY KEY (article_id, number)
);

-- What happened to an article besides new content: publish, and later withdraw, rename, takedown.
CREATE TABLE event (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article (id),
    at         TEXT    NOT NULL,
    action     TEXT    NOT NULL,
    detail     TEXT    NOT NULL
);
CREATE INDEX event_article ON event (article_id);
