#include "widgets/messageprompts.h"

#include "core/version.h"
#include "widgets/messages.h"

#include <QMessageBox>

namespace coach {

bool MessagePrompts::askToRestoreBackup(const QString &problem, const QString &backupFile)
{
    return coach::askToRestoreBackup(problem, backupFile);
}

void MessagePrompts::showStartupError(const QString &message)
{
    coach::showStartupError(message);
}

void MessagePrompts::showProblem(const QString &message)
{
    QMessageBox::warning(nullptr, QString::fromLatin1(kDisplayName), message);
}

} // namespace coach
