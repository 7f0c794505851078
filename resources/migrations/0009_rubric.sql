-- The self-review of each take: which of its question's "what a strong answer shows" points the person ticked
-- (point: the position in that list, from 0), and how many points the list held when they last ticked, so
-- the coverage ("3 of 5") keeps its meaning when a newer bank changes the list. NULL: not reviewed.
ALTER TABLE attempts ADD COLUMN rubric_points INTEGER CHECK (rubric_points > 0);

CREATE TABLE attempt_rubric (
    attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
    point      INTEGER NOT NULL CHECK (point >= 0),
    PRIMARY KEY (attempt_id, point)
) WITHOUT ROWID;
