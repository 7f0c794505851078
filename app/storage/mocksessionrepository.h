// Mock interview sessions: when, which questions in which order, how long, and their attempts.
#pragma once

#include "core/attempt.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace coach {

class Database;

struct MockSessionRecord
{
    qint64 id = 0;
    QDateTime startedAt; // UTC
    QDateTime endedAt;   // invalid while it runs
    QStringList questionIds;
    qint64 totalMs = 0;
    bool endedEarly = false;
};

class MockSessionRepository final
{
    Q_DECLARE_TR_FUNCTIONS(MockSessionRepository)

public:
    explicit MockSessionRepository(Database &database);

    Result<qint64> begin(const QDateTime &startedAt, const QStringList &questionIds);
    Status finish(qint64 id, const QDateTime &endedAt, qint64 totalMs, bool endedEarly);
    Result<MockSessionRecord> session(qint64 id) const;
    // The session's attempts (not those in the trash), in the order recorded.
    Result<QList<Attempt>> attempts(qint64 id) const;

private:
    Database &m_database;
};

} // namespace coach
