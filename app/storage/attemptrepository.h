// Reads and writes recorded attempts.
#pragma once

#include "core/attempt.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>

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
    int count() const;

private:
    Database &m_database;
};

} // namespace coach
