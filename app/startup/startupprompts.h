// What start-up asks the person or tells them, without opening a window itself: the widgets answer with
// dialogs, the tests with a fake.
#pragma once

#include <QString>

namespace coach {

class StartupPrompts
{
public:
    virtual ~StartupPrompts() = default;

    // The database is damaged (problem says how): may the newest automatic backup (backupFile) replace it?
    virtual bool askToRestoreBackup(const QString &problem, const QString &backupFile) = 0;
    // The program cannot start, for the reason given.
    virtual void showStartupError(const QString &message) = 0;
    // Something went wrong that does not stop the program (a restore or deletion after the window closed).
    virtual void showProblem(const QString &message) = 0;

protected:
    StartupPrompts() = default;
    Q_DISABLE_COPY_MOVE(StartupPrompts)
};

} // namespace coach
