-- Mock interviews: each session (when, which questions, how long) and the attempts recorded in it.
CREATE TABLE mock_sessions (
    id           INTEGER PRIMARY KEY,
    started_at   TEXT NOT NULL,               -- UTC
    ended_at     TEXT,                        -- NULL while it runs (or when the program stopped meanwhile)
    question_ids TEXT NOT NULL DEFAULT '[]',  -- JSON list, in the order asked
    total_ms     INTEGER NOT NULL DEFAULT 0,
    ended_early  INTEGER NOT NULL DEFAULT 0 CHECK (ended_early IN (0, 1))
);

ALTER TABLE attempts ADD COLUMN mock_session_id INTEGER REFERENCES mock_sessions(id) ON DELETE SET NULL;
CREATE INDEX attempts_by_mock_session ON attempts(mock_session_id) WHERE mock_session_id IS NOT NULL;
