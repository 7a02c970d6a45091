-- The embedding of a passage of text, kept so that a passage is embedded once. hash is the SHA-256 of the model's
-- name and the passage's text, so a changed text or another model is another row; vector holds dims floats,
-- little-endian. Nothing refers to a row: a passage that no article holds any more only takes room.
CREATE TABLE passage_embedding (
    hash       TEXT PRIMARY KEY,
    dims       INTEGER NOT NULL,
    vector     BLOB NOT NULL,
    created_at TEXT NOT NULL
);
