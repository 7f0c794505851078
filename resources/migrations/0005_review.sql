-- Self-ratings and notes of attempts, the trash, and each practised question's review schedule.
ALTER TABLE attempts ADD COLUMN rating INTEGER CHECK (rating BETWEEN 1 AND 4); -- NULL: not rated
ALTER TABLE attempts ADD COLUMN notes TEXT NOT NULL DEFAULT '';
-- In the trash since (UTC); its audio then lives in trash/ under the same file name. Purged after 30 days.
ALTER TABLE attempts ADD COLUMN deleted_at TEXT;

CREATE INDEX attempts_by_started ON attempts(started_at);
CREATE INDEX attempts_by_rating ON attempts(rating, started_at);
CREATE INDEX attempts_in_trash ON attempts(deleted_at) WHERE deleted_at IS NOT NULL;

-- One row per practised question, recomputed from its attempts and ratings whenever they change
-- (core/schedule: SM-2). last_review and due are local calendar days; NULL while no attempt is rated.
CREATE TABLE review_schedule (
    question_id   TEXT PRIMARY KEY REFERENCES questions(id) ON DELETE CASCADE,
    attempts      INTEGER NOT NULL CHECK (attempts > 0),
    repetitions   INTEGER NOT NULL DEFAULT 0,
    interval_days INTEGER NOT NULL DEFAULT 0,
    ease          REAL NOT NULL DEFAULT 2.5,
    last_review   TEXT,
    due           TEXT
);

INSERT INTO review_schedule (question_id, attempts)
SELECT question_id, count(*) FROM attempts GROUP BY question_id;
