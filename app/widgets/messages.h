// Dialogs shown before or outside the main window, such as a start-up failure.
#pragma once

#include <QString>

namespace coach {

void showStartupError(const QString &message);
// The database is damaged: offers to put the newest automatic backup in its place. True: restore.
bool askToRestoreBackup(const QString &problem, const QString &backupFile);

} // namespace coach
