// Deleting attempts: the row and its audio file move to the trash together, come back together, and are
// purged together after 30 days. Never one without the other.
#pragma once

#include "core/attempt.h"
#include "core/result.h"
#include "core/takefiles.h"

#include <QCoreApplication>
#include <QStringList>

namespace coach {

class AttemptRepository;

inline constexpr int kTrashDays = 30;

struct PurgeReport
{
    int purged = 0;
    QStringList problems; // one message per attempt left in the trash
};

class AttemptTrash final
{
    Q_DECLARE_TR_FUNCTIONS(AttemptTrash)

public:
    AttemptTrash(AttemptRepository &attempts, QString dataDir);

    // Moves the audio file into trash/ and marks the row. When the file cannot be moved the row stays as
    // it was and the message says why; a file that is already missing does not hold the row back.
    Result<Attempt> moveToTrash(qint64 attemptId);
    // Puts the audio file back and clears the mark.
    Status restore(qint64 attemptId);
    // Deletes for good what has been in the trash for longer than kTrashDays (by the database's clock): the
    // file first, then the row.
    PurgeReport purge();

    QString trashPath(const Attempt &attempt) const;
    QString audioPath(const Attempt &attempt) const;

private:
    AttemptRepository &m_attempts;
    QString m_dataDir;
};

} // namespace coach
