// Reads and writes recorded attempts.
#pragma once

#include "core/attempt.h"
#include "core/result.h"
#include "core/speechanalysis.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace coach {

class Database;

class AttemptRepository final
{
    Q_DECLARE_TR_FUNCTIONS(AttemptRepository)

public:
    explicit AttemptRepository(Database &database);

    // Stores a finished take; returns it with its new id.
    Result<Attempt> add(const Attempt &attempt);
    // The attempts of one question, newest first.
    Result<QList<Attempt>> forQuestion(const QString &questionId) const;
    bool hasAudioPath(const QString &audioPath) const;

    Status saveFigures(qint64 attemptId, const DeliveryFigures &figures);
    std::optional<DeliveryFigures> figures(qint64 attemptId) const;
    // Attempts whose figures are missing or from an older analysis, oldest first.
    Result<QList<Attempt>> withoutFigures() const;
    // The articulation pace of the most recent analysed attempts, newest first.
    QList<double> recentPaces(int limit = 10) const;
    int count() const;

private:
    // The attempts of "SELECT … FROM attempts a <rest>", with one bound value.
    Result<QList<Attempt>> select(const QString &rest, const QVariant &value) const;
    Database &m_database;
};

} // namespace coach
