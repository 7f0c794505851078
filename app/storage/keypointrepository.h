// Reads and writes the person's key points per question, and what listening to each take found.
#pragma once

#include "core/attempt.h"
#include "core/keypoint.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace coach {

class Database;

class KeyPointRepository final
{
    Q_DECLARE_TR_FUNCTIONS(KeyPointRepository)

public:
    explicit KeyPointRepository(Database &database);

    // A question's key points, in the person's order.
    Result<QList<KeyPoint>> forQuestion(const QString &questionId) const;
    // Replaces a question's key points, in one transaction; a list keypoints::problemWithList() finds a
    // problem with is refused with its message and nothing is stored.
    Status setForQuestion(const QString &questionId, const QList<KeyPoint> &points);
    // Every question's key points (for export and backup), by question id.
    Result<QHash<QString, QList<KeyPoint>>> all() const;

    // What listening to a take found, replacing what an earlier listen found; signature: what it was
    // listened for (keyPointSignature()).
    Status saveResults(qint64 attemptId, const QString &signature, const QList<KeyPointResult> &results);
    // In the order listened for; empty when the take was not listened to.
    Result<QList<KeyPointResult>> results(qint64 attemptId) const;
    // Heard and listened for, of each of these takes that was listened to.
    Result<QHash<qint64, KeyPointCount>> counts(const QList<qint64> &attemptIds) const;
    // A question's takes (not in the trash) not yet listened to for this signature, oldest first.
    Result<QList<Attempt>> notListenedFor(const QString &questionId, const QString &signature) const;

private:
    Database &m_database;
};

} // namespace coach
