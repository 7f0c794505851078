#include "controllers/profiletakeout.h"

#include "storage/keypointrepository.h"
#include "storage/profilearchive.h"

#include <QDir>

namespace coach {

ProfileTakeOut::ProfileTakeOut(QuestionRepository &questions, AttemptRepository &attempts,
                               StoryRepository &stories, Database &database, QString dataDir)
    : m_questions(questions)
    , m_attempts(attempts)
    , m_stories(stories)
    , m_database(database)
    , m_dataDir(std::move(dataDir))
{}

QString ProfileTakeOut::exportFolder(const QString &parent, const QDateTime &now)
{
    return QDir(parent).filePath(
        tr("Interview Coach export %1").arg(now.toString(QStringLiteral("yyyy-MM-dd HHmm"))));
}

QString ProfileTakeOut::backupFileName(const QDate &day)
{
    return tr("interview-coach-%1.tar").arg(day.toString(Qt::ISODate));
}

Result<ExportSummary> ProfileTakeOut::exportAll(const QString &folder, const DataExport::Progress &progress)
{
    DataExport exporter(m_questions, m_attempts, m_stories, m_dataDir);
    const KeyPointRepository keyPoints(m_database);
    exporter.setKeyPoints(&keyPoints);
    return exporter.run(folder, progress);
}

Status ProfileTakeOut::backUp(const QString &archive)
{
    return ProfileArchive::create(m_database, m_dataDir, archive);
}

Status ProfileTakeOut::planRestore(const QString &archive)
{
    // Checked now, so a bad archive is refused before anything closes.
    if (Status checked = ProfileArchive::check(archive); !checked)
        return checked;
    m_pending = {PendingChange::Kind::Restore, archive};
    return Status::success();
}

void ProfileTakeOut::planDeleteAll()
{
    m_pending = {PendingChange::Kind::DeleteAll, QString()};
}

} // namespace coach
