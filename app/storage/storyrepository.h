// Reads and writes stories, their revisions, tags and links to questions.
#pragma once

#include "core/result.h"
#include "core/story.h"

#include <QCoreApplication>
#include <QList>

class QSqlQuery;

namespace coach {

class Database;

class StoryRepository final
{
    Q_DECLARE_TR_FUNCTIONS(StoryRepository)

public:
    explicit StoryRepository(Database &database);

    // A new empty story, linked to a question when one is given.
    Result<Story> create(const QString &title, const QString &linkToQuestionId = {});
    // Saves title, parts and tags of an existing story.
    Status save(const Story &story);
    Status remove(qint64 storyId);
    Result<Story> story(qint64 storyId) const;
    Result<QList<Story>> all() const; // by title
    Result<QList<Story>> forQuestion(const QString &questionId) const;
    // Every tag some story carries, each once, by name.
    Result<QStringList> tags() const;

    Status link(qint64 storyId, const QString &questionId);
    Status unlink(qint64 storyId, const QString &questionId);
    Result<QStringList> linkedQuestions(qint64 storyId) const; // question ids

    Result<StoryRevision> addRevision(const Story &story);
    Result<QList<StoryRevision>> revisions(qint64 storyId) const; // newest first

private:
    Result<QList<Story>> query(const QString &where, const QVariantList &values) const;
    Status failure(const QString &what, const QSqlQuery &query) const;
    Database &m_database;
};

} // namespace coach
