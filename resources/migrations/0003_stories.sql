-- Stories: STAR drafts with a title, reusable across questions. Deleting a story removes its revisions, tags
-- and links; a question can never be deleted while a story links to it.
CREATE TABLE stories (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL DEFAULT '',
    situation  TEXT NOT NULL DEFAULT '',
    task       TEXT NOT NULL DEFAULT '',
    action     TEXT NOT NULL DEFAULT '',
    result     TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE story_revisions (
    id        INTEGER PRIMARY KEY,
    story_id  INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    saved_at  TEXT NOT NULL,
    title     TEXT NOT NULL,
    situation TEXT NOT NULL,
    task      TEXT NOT NULL,
    action    TEXT NOT NULL,
    result    TEXT NOT NULL
);
CREATE INDEX story_revisions_by_story ON story_revisions(story_id, saved_at);

CREATE TABLE story_tags (
    story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    tag      TEXT NOT NULL,
    PRIMARY KEY (story_id, tag)
);

CREATE TABLE story_questions (
    story_id    INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    question_id TEXT NOT NULL REFERENCES questions(id) ON DELETE RESTRICT,
    linked_at   TEXT NOT NULL,
    PRIMARY KEY (story_id, question_id)
);
CREATE INDEX story_questions_by_question ON story_questions(question_id);
