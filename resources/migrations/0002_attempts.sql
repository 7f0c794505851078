-- Recorded practice answers. A row is written only once its audio file is complete (or recovered after a
-- crash); the audio lives in the data folder and audio_path is relative to it.
CREATE TABLE attempts (
    id          INTEGER PRIMARY KEY,
    question_id TEXT NOT NULL REFERENCES questions(id),
    started_at  TEXT NOT NULL,                 -- UTC, ISO-8601 with milliseconds
    duration_ms INTEGER NOT NULL CHECK (duration_ms >= 0),
    audio_path  TEXT NOT NULL UNIQUE,
    status      TEXT NOT NULL CHECK (status IN ('complete', 'recovered'))
);

CREATE INDEX attempts_by_question ON attempts(question_id, started_at);
