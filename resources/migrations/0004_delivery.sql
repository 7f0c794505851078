-- Delivery figures of each attempt, computed offline from its audio (app/core/speechanalysis).
-- "version" is the analysis version, so figures can be recomputed when the method improves.
CREATE TABLE attempt_figures (
    attempt_id        INTEGER PRIMARY KEY REFERENCES attempts(id) ON DELETE CASCADE,
    version           INTEGER NOT NULL,
    analysed_at       TEXT NOT NULL,
    duration_ms       INTEGER NOT NULL,
    speaking_ms       INTEGER NOT NULL,
    first_word_ms     INTEGER NOT NULL,
    pause_count_05s   INTEGER NOT NULL,
    pause_count_2s    INTEGER NOT NULL,
    longest_pause_ms  INTEGER NOT NULL,
    syllables         INTEGER NOT NULL,
    speaking_rate_wpm REAL NOT NULL,
    articulation_wpm  REAL NOT NULL,
    peak_dbfs         REAL NOT NULL,
    speech_level_dbfs REAL NOT NULL,
    clipped           INTEGER NOT NULL CHECK (clipped IN (0, 1)),
    pauses            TEXT NOT NULL DEFAULT '[]' -- JSON list of [start_ms, end_ms]
);
