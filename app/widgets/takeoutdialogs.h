// The dialogs of taking the profile out, over the main window: where an export or a backup goes, which
// archive to restore, the confirmations, the export's progress and what is said after; the work itself is
// ProfileTakeOut's.
#pragma once

#include "core/result.h"
#include "storage/dataexport.h"

#include <QObject>

class QWidget;

namespace coach {

class ProfileTakeOut;

class TakeOutDialogs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TakeOutDialogs)

public:
    TakeOutDialogs(ProfileTakeOut &takeOut, QWidget &window);

    // Each is cancelled when the person closes a dialog, declines, or cancels the progress.
    Result<ExportSummary> exportAllData();
    Status backUpProfile();
    // Only plan the change (ProfileTakeOut::pending); it happens once the window has closed.
    Status planRestore();
    Status planDeleteAll();

Q_SIGNALS:
    // Right before the profile is read for an export or a backup: what is being typed is to be saved.
    void aboutToReadProfile();
    void statusMessage(const QString &message, int timeoutMs);

private:
    ProfileTakeOut &m_takeOut;
    QWidget &m_window;
};

} // namespace coach
