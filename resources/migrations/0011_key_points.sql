-- The person's key points: per question, up to 8 phrases they mean to say, in their order (position from 0),
-- each with how the person says a word the listening dictionary lacks (sounds_like; NULL: as written).
CREATE TABLE question_key_points (
    question_id TEXT NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 0 AND position < 8),
    phrase      TEXT NOT NULL CHECK (length(trim(phrase)) > 0),
    sounds_like TEXT,
    PRIMARY KEY (question_id, position)
) WITHOUT ROWID;

-- What listening to a take found, one row per key point listened for: heard or not, where it was first heard
-- (ms from the start; NULL when not heard) and how often.
CREATE TABLE attempt_key_points (
    attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 0),
    phrase     TEXT NOT NULL,
    heard      INTEGER NOT NULL CHECK (heard IN (0, 1)),
    start_ms   INTEGER CHECK (start_ms >= 0),
    end_ms     INTEGER CHECK (end_ms >= start_ms),
    count      INTEGER NOT NULL DEFAULT 0 CHECK (count >= 0),
    PRIMARY KEY (attempt_id, position)
) WITHOUT ROWID;

-- Which list of key points a take was last listened for (signature: the phrases as listened for, one a
-- line), so a changed list has the older takes listened to once more, and an unchanged one never again.
CREATE TABLE attempt_key_point_runs (
    attempt_id INTEGER PRIMARY KEY REFERENCES attempts(id) ON DELETE CASCADE,
    signature  TEXT NOT NULL
);
