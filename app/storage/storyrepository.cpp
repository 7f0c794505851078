#include "storage/storyrepository.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace coach {

namespace {

// A null QString binds as NULL; the text columns are NOT NULL, so empty text is bound as ''.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QString stampOf(const Clock &clock)
{
    return clock.nowUtc().toString(Qt::ISODateWithMs);
}

StarDraft draftAt(const QSqlQuery &q, int first)
{
    StarDraft d;
    d.situation = q.value(first).toString();
    d.task = q.value(first + 1).toString();
    d.action = q.value(first + 2).toString();
    d.result = q.value(first + 3).toString();
    return d;
}

QDateTime fromIso(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

StoryRepository::StoryRepository(Database &database)
    : m_database(database)
{}

Status StoryRepository::failure(const QString &what, const QSqlQuery &query) const
{
    return Status::failure(tr("%1: %2").arg(what, query.lastError().text()));
}

Result<Story> StoryRepository::create(const QString &title, const QString &linkToQuestionId)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return Result<Story>::failure(tr("The story cannot be created: %1").arg(db.lastError().text()));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO stories (title, created_at, updated_at) VALUES (?, ?, ?)"));
    const QString stamp = stampOf(m_database.clock());
    q.addBindValue(text(title));
    q.addBindValue(stamp);
    q.addBindValue(stamp);
    if (!q.exec()) {
        db.rollback();
        return Result<Story>::failure(failure(tr("The story cannot be created"), q).error());
    }
    Story story;
    story.id = q.lastInsertId().toLongLong();
    story.title = title;
    story.createdAt = story.updatedAt = fromIso(stamp);
    if (!linkToQuestionId.isEmpty()) {
        if (Status linked = link(story.id, linkToQuestionId); !linked) {
            db.rollback();
            return Result<Story>::failure(linked.error());
        }
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return Result<Story>::failure(tr("The story cannot be created: %1").arg(error));
    }
    return story;
}

Status StoryRepository::save(const Story &story)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return Status::failure(tr("The story cannot be saved: %1").arg(db.lastError().text()));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE stories SET title = ?, situation = ?, task = ?, action = ?, result = ?, "
                             "updated_at = ? WHERE id = ?"));
    q.addBindValue(text(story.title));
    q.addBindValue(text(story.draft.situation));
    q.addBindValue(text(story.draft.task));
    q.addBindValue(text(story.draft.action));
    q.addBindValue(text(story.draft.result));
    q.addBindValue(stampOf(m_database.clock()));
    q.addBindValue(story.id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        const Status s = failure(tr("The story cannot be saved"), q);
        db.rollback();
        return q.numRowsAffected() == 0 ? Status::failure(tr("The story no longer exists.")) : s;
    }
    q.prepare(QStringLiteral("DELETE FROM story_tags WHERE story_id = ?"));
    q.addBindValue(story.id);
    bool ok = q.exec();
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO story_tags (story_id, tag) VALUES (?, ?)"));
    for (const QString &tag : story.tags) {
        if (!ok || tag.trimmed().isEmpty())
            continue;
        q.addBindValue(story.id);
        q.addBindValue(tag.trimmed());
        ok = q.exec();
    }
    if (!ok || !db.commit()) {
        const Status s = failure(tr("The story's tags cannot be saved"), q);
        db.rollback();
        return s;
    }
    return Status::success();
}

Result<QStringList> StoryRepository::tags() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT tag FROM story_tags ORDER BY tag COLLATE NOCASE")))
        return Result<QStringList>::failure(
            failure(tr("The stories' competencies cannot be read"), q).error());
    QStringList tags;
    while (q.next())
        tags << q.value(0).toString();
    return tags;
}

Status StoryRepository::remove(qint64 storyId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM stories WHERE id = ?"));
    q.addBindValue(storyId);
    return q.exec() ? Status::success() : failure(tr("The story cannot be deleted"), q);
}

Result<QList<Story>> StoryRepository::query(const QString &where, const QVariantList &values) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT s.id, s.title, s.situation, s.task, s.action, s.result, s.created_at, "
                       "s.updated_at, (SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM story_tags t "
                       "WHERE t.story_id = s.id ORDER BY tag)) FROM stories s ") +
        where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Result<QList<Story>>::failure(failure(tr("The stories cannot be read"), q).error());
    QList<Story> stories;
    while (q.next()) {
        Story s;
        s.id = q.value(0).toLongLong();
        s.title = q.value(1).toString();
        s.draft = draftAt(q, 2);
        s.createdAt = fromIso(q.value(6));
        s.updatedAt = fromIso(q.value(7));
        const QString tags = q.value(8).toString();
        if (!tags.isEmpty())
            s.tags = tags.split(QChar(31));
        stories.append(std::move(s));
    }
    return stories;
}

Result<Story> StoryRepository::story(qint64 storyId) const
{
    auto found = query(QStringLiteral("WHERE s.id = ?"), {storyId});
    if (!found)
        return Result<Story>::failure(found.error());
    if (found->isEmpty())
        return Result<Story>::failure(tr("The story no longer exists."));
    return found->first();
}

Result<QList<Story>> StoryRepository::all() const
{
    return query(QStringLiteral("ORDER BY s.title COLLATE NOCASE, s.id"), {});
}

Result<QList<Story>> StoryRepository::forQuestion(const QString &questionId) const
{
    return query(QStringLiteral("JOIN story_questions l ON l.story_id = s.id WHERE l.question_id = ? "
                                "ORDER BY l.linked_at, s.id"),
                 {questionId});
}

Status StoryRepository::link(qint64 storyId, const QString &questionId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO story_questions (story_id, question_id, linked_at) VALUES (?, ?, ?)"));
    q.addBindValue(storyId);
    q.addBindValue(questionId);
    q.addBindValue(stampOf(m_database.clock()));
    return q.exec() ? Status::success() : failure(tr("The story cannot be linked to the question"), q);
}

Status StoryRepository::unlink(qint64 storyId, const QString &questionId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM story_questions WHERE story_id = ? AND question_id = ?"));
    q.addBindValue(storyId);
    q.addBindValue(questionId);
    return q.exec() ? Status::success() : failure(tr("The link cannot be removed"), q);
}

Result<QStringList> StoryRepository::linkedQuestions(qint64 storyId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT l.question_id FROM story_questions l JOIN questions q ON q.id = l.question_id "
                       "WHERE l.story_id = ? ORDER BY q.position"));
    q.addBindValue(storyId);
    if (!q.exec())
        return Result<QStringList>::failure(failure(tr("The story's questions cannot be read"), q).error());
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Result<StoryRevision> StoryRepository::addRevision(const Story &story)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO story_revisions (story_id, saved_at, title, situation, task, action, result) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QString stamp = stampOf(m_database.clock());
    q.addBindValue(story.id);
    q.addBindValue(stamp);
    q.addBindValue(text(story.title));
    q.addBindValue(text(story.draft.situation));
    q.addBindValue(text(story.draft.task));
    q.addBindValue(text(story.draft.action));
    q.addBindValue(text(story.draft.result));
    if (!q.exec())
        return Result<StoryRevision>::failure(failure(tr("The revision cannot be kept"), q).error());
    return StoryRevision{q.lastInsertId().toLongLong(), story.id, fromIso(stamp), story.title, story.draft};
}

Result<QList<StoryRevision>> StoryRepository::revisions(qint64 storyId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT id, saved_at, title, situation, task, action, result FROM story_revisions "
                       "WHERE story_id = ? ORDER BY saved_at DESC, id DESC"));
    q.addBindValue(storyId);
    if (!q.exec())
        return Result<QList<StoryRevision>>::failure(failure(tr("The revisions cannot be read"), q).error());
    QList<StoryRevision> list;
    while (q.next())
        list.append(StoryRevision{q.value(0).toLongLong(), storyId, fromIso(q.value(1)),
                                  q.value(2).toString(), draftAt(q, 3)});
    return list;
}

} // namespace coach
