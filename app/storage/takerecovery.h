// Finds takes that were being recorded when the program stopped and keeps them as recovered attempts.
#pragma once

#include "core/attempt.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace coach {

class AttemptRepository;

struct TakeProbe
{
    bool readable = false; // the file's audio can be decoded (at least its start)
    qint64 durationMs = 0; // how much of it decodes
};
using TakeProber = std::function<TakeProbe(const QString &absolutePath)>;

struct RecoveryReport
{
    QList<Attempt> recovered;
    QStringList problems; // one message per take that could not be kept; its file is left where it is
};

class TakeRecovery final
{
    Q_DECLARE_TR_FUNCTIONS(TakeRecovery)

public:
    // Looks in dataDir/recordings for unfinished takes and for finished ones without an attempt row.
    static RecoveryReport run(const QString &dataDir, AttemptRepository &attempts, const TakeProber &probe);
    // The report's problems for a message: at most shown of them, one a line, then "and N more".
    static QString problemsText(const QStringList &problems, int shown = 10);
};

} // namespace coach
