// Start-up's questions and messages as dialogs: StartupPrompts for the program, over messages.h.
#pragma once

#include "startup/startupprompts.h"

namespace coach {

class MessagePrompts final : public StartupPrompts
{
public:
    MessagePrompts() = default;

    bool askToRestoreBackup(const QString &problem, const QString &backupFile) override;
    void showStartupError(const QString &message) override;
    void showProblem(const QString &message) override;
};

} // namespace coach
