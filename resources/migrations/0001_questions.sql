-- Question banks, their categories and questions. Bundled banks are copied in on start;
-- later migrations add custom questions, attempts and schedules that refer to these rows.
CREATE TABLE banks (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    language    TEXT NOT NULL,
    version     INTEGER NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('bundled', 'imported', 'custom')),
    imported_at TEXT NOT NULL
);

CREATE TABLE categories (
    bank_id  TEXT NOT NULL REFERENCES banks(id) ON DELETE CASCADE,
    id       TEXT NOT NULL,
    title    TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (bank_id, id)
);

CREATE TABLE questions (
    id                  TEXT PRIMARY KEY,
    bank_id             TEXT NOT NULL REFERENCES banks(id) ON DELETE CASCADE,
    category_id         TEXT NOT NULL,
    position            INTEGER NOT NULL,
    text                TEXT NOT NULL,
    tags                TEXT NOT NULL DEFAULT '[]',   -- JSON list of texts
    why_asked           TEXT NOT NULL,
    strong_answer_shows TEXT NOT NULL DEFAULT '[]',   -- JSON list of texts
    tips                TEXT NOT NULL DEFAULT '[]',   -- JSON list of texts
    sample_answer       TEXT NOT NULL,
    junior_variant      TEXT NOT NULL DEFAULT '',
    is_star             INTEGER NOT NULL CHECK (is_star IN (0, 1)),
    target_seconds      INTEGER NOT NULL CHECK (target_seconds > 0),
    FOREIGN KEY (bank_id, category_id) REFERENCES categories(bank_id, id)
);

CREATE INDEX questions_by_bank ON questions(bank_id, position);
