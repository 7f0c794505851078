-- Format version 2 of the banks: each question may carry the follow-ups an interviewer may ask next, as a JSON
-- list of texts (own questions have none). The bundled banks come in a set, imported in one start, and keep
-- the order the program lists them in. A mock interview may ask one follow-up after an answer: its answer is
-- an attempt of its own, linked to the one it followed (which may be purged from the trash first).
ALTER TABLE questions ADD COLUMN follow_ups TEXT NOT NULL DEFAULT '[]';
ALTER TABLE banks ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attempts ADD COLUMN follow_up_of INTEGER REFERENCES attempts(id) ON DELETE SET NULL;
