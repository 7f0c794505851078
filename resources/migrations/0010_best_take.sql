-- The take the person marked as their best answer to its question, to listen to again before an interview.
-- At most one per question: marking another take moves the mark (the index refuses a second one).
ALTER TABLE attempts ADD COLUMN best INTEGER NOT NULL DEFAULT 0 CHECK (best IN (0, 1));

CREATE UNIQUE INDEX attempts_best_of_question ON attempts (question_id) WHERE best = 1;
