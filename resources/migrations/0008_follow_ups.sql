-- Format version 2 of the banks: each question may carry the follow-ups an interviewer may ask next, as a JSON
-- list of texts (own questions have none). The bundled banks come in a set, imported in one start, and keep
-- the order the program lists them in.
ALTER TABLE questions ADD COLUMN follow_ups TEXT NOT NULL DEFAULT '[]';
ALTER TABLE banks ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
