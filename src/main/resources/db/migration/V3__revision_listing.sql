-- What a list shows of each revision, kept beside it: a build reads the titles of 10,000 articles from here
-- without reading (and parsing) 10,000 article bodies. Written with the revision, never changed.
CREATE TABLE revision_listing (
    article_id INTEGER NOT NULL,
    number     INTEGER NOT NULL,
    title_zh   TEXT,
    title_en   TEXT,
    summary_zh TEXT,
    summary_en TEXT,
    tags       TEXT,
    categories TEXT,
    source_zh  TEXT,
    source_en  TEXT,
    created_at TEXT    NOT NULL,
    PRIMARY KEY (article_id, number),
    FOREIGN KEY (article_id, number) REFERENCES revision (article_id, number)
);

INSERT INTO revision_listing
SELECT article_id, number, json_extract(content, '$.title.zh'), json_extract(content, '$.title.en'),
       json_extract(content, '$.summary.zh'), json_extract(content, '$.summary.en'), json_extract(content, '$.tags'),
       json_extract(content, '$.categories'), json_extract(content, '$.source.name.zh'),
       json_extract(content, '$.source.name.en'), created_at
FROM revision;
