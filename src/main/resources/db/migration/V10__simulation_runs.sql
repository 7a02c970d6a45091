-- Runs of the simulated generative engine (geopress simulate), kept so that reports and later comparisons read
-- them. results is the JSON of the run's per-query, per-sample results: the retrieved sources (without their text),
-- each sampled answer and its scores. A run is written once and never changed.
CREATE TABLE simulation_run (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at     TEXT NOT NULL,
    query_set_hash TEXT NOT NULL,
    engine         TEXT NOT NULL,
    model          TEXT NOT NULL,
    samples        INTEGER NOT NULL,
    k              INTEGER NOT NULL,
    queries        INTEGER NOT NULL,
    results        TEXT NOT NULL
);
