// Taking the whole profile out (every question, story and take to a folder, or the profile to one archive)
// and replacing it (a restore or deleting everything), without widgets: the window asks and shows, this
// does. A restore or a delete is only planned here; it happens once the database is closed.
#pragma once

#include "core/result.h"
#include "storage/dataexport.h"

#include <QCoreApplication>
#include <QDateTime>

namespace coach {

class AttemptRepository;
class Database;
class QuestionRepository;
class StoryRepository;

class ProfileTakeOut final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileTakeOut)
    Q_DISABLE_COPY_MOVE(ProfileTakeOut)

public:
    // What is to happen to the profile once the window has closed.
    struct PendingChange
    {
        enum class Kind { None, Restore, DeleteAll };
        Kind kind = Kind::None;
        QString archive;
    };

    ProfileTakeOut(QuestionRepository &questions, AttemptRepository &attempts, StoryRepository &stories,
                   Database &database, QString dataDir);

    // A new folder inside parent for an export, named after the time so that it does not exist yet.
    static QString exportFolder(const QString &parent, const QDateTime &now = QDateTime::currentDateTime());
    // The file name a backup of the day is offered under.
    static QString backupFileName(const QDate &day = QDate::currentDate());

    // Everything to folder (which must not exist); progress returning false cancels (the result is then
    // cancelled) and nothing is left behind.
    Result<ExportSummary> exportAll(const QString &folder, const DataExport::Progress &progress = {});
    // The database (a consistent copy) and the recordings to one tar archive.
    Status backUp(const QString &archive);
    // Checks the archive, and plans the restore only when it can be restored.
    Status planRestore(const QString &archive);
    void planDeleteAll();
    void cancelPlan() { m_pending = {}; }
    PendingChange pending() const { return m_pending; }

private:
    QuestionRepository &m_questions;
    AttemptRepository &m_attempts;
    StoryRepository &m_stories;
    Database &m_database;
    QString m_dataDir;
    PendingChange m_pending;
};

} // namespace coach
