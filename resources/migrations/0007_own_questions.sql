-- A person's own questions live in the bank "custom"; bundled questions can be hidden (never edited), and a
-- newer bundled bank leaves that choice alone.
ALTER TABLE questions ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1));
