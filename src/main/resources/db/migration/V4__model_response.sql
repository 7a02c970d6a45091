-- Model replies kept by a key naming the step, its prompt version, the model and a hash of the request, so that
-- enriching an unchanged article again (or resuming after a crash) asks the model nothing. Written once per key.
CREATE TABLE model_response (
    key        TEXT PRIMARY KEY,
    reply      TEXT NOT NULL,
    created_at TEXT NOT NULL
);
