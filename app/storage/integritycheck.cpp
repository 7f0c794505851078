#include "storage/integritycheck.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>
#include <QUuid>

namespace coach {

IntegrityCheck::IntegrityCheck(QObject *parent)
    : QObject(parent)
{}

IntegrityCheck::~IntegrityCheck()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void IntegrityCheck::start(const QString &path)
{
    if (m_thread)
        return;
    m_thread = QThread::create([this, path] { run(path); });
    // Emitted by the thread as it ends; delivered here, in the thread that owns this object.
    connect(m_thread, &QThread::finished, this, &IntegrityCheck::finished);
    m_thread->start(QThread::LowPriority);
}

Status IntegrityCheck::wait()
{
    if (m_thread)
        m_thread->wait();
    return m_result;
}

void IntegrityCheck::run(const QString &path)
{
    // A connection belongs to the thread that opens it: this one is opened, used and removed here.
    const QString name = QStringLiteral("coach-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status result = Status::success();
    bool damaged = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            result = Status::failure(
                QCoreApplication::translate("Database", "The database %1 cannot be opened: %2")
                    .arg(QDir::toNativeSeparators(path), db.lastError().text()));
        } else {
            result = Database::quickCheck(db, path, &damaged);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    m_result = result;
    m_damaged = damaged;
}

} // namespace coach
