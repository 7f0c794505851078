#include "widgets/takeoutdialogs.h"

#include "controllers/profiletakeout.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>

namespace coach {

TakeOutDialogs::TakeOutDialogs(ProfileTakeOut &takeOut, QWidget &window)
    : QObject(&window)
    , m_takeOut(takeOut)
    , m_window(window)
{}

Result<ExportSummary> TakeOutDialogs::exportAllData()
{
    const QString parent = FileDialog::getExistingDirectory(&m_window, tr("Export All Data: choose where"));
    if (parent.isEmpty())
        return Result<ExportSummary>::cancelled();
    const QString folder = ProfileTakeOut::exportFolder(parent);
    Q_EMIT aboutToReadProfile();
    QProgressDialog progress(tr("Exporting your questions, stories and recordings…"), tr("Cancel"), 0, 1,
                             &m_window);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const auto done = m_takeOut.exportAll(folder, [&](int step, int total) {
        progress.setMaximum(total);
        progress.setValue(step);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (done)
        Q_EMIT statusMessage(tr("Exported %1 questions and %2 attempts to %3.")
                                 .arg(done->questions)
                                 .arg(done->attempts)
                                 .arg(QDir::toNativeSeparators(folder)),
                             15000);
    else if (done.isCancelled())
        Q_EMIT statusMessage(tr("The export was cancelled; nothing was left behind."), 10000);
    return done;
}

Status TakeOutDialogs::backUpProfile()
{
    const QString file = FileDialog::getSaveFileName(
        &m_window, tr("Back Up Profile"), ProfileTakeOut::backupFileName(), tr("Profile backups (*.tar)"));
    if (file.isEmpty())
        return Status::cancelled();
    Q_EMIT aboutToReadProfile();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status made = m_takeOut.backUp(file);
    QApplication::restoreOverrideCursor();
    if (made)
        Q_EMIT statusMessage(tr("The profile was backed up to %1.").arg(QDir::toNativeSeparators(file)),
                             15000);
    return made;
}

Status TakeOutDialogs::planRestore()
{
    const QString file = FileDialog::getOpenFileName(&m_window, tr("Restore Profile"), QString(),
                                                     tr("Profile backups (*.tar)"));
    if (file.isEmpty())
        return Status::cancelled();
    if (Status planned = m_takeOut.planRestore(file); !planned)
        return planned;
    if (MessageBox::warning(&m_window, tr("Restore Profile"),
                            tr("Replace your questions, attempts, stories and recordings with those in %1? "
                               "The current profile is kept beside it, renamed. Interview Coach restarts to "
                               "do this.")
                                .arg(QFileInfo(file).fileName()),
                            QMessageBox::Yes | QMessageBox::Cancel,
                            QMessageBox::Cancel) != QMessageBox::Yes) {
        m_takeOut.cancelPlan();
        return Status::cancelled();
    }
    return Status::success();
}

Status TakeOutDialogs::planDeleteAll()
{
    if (MessageBox::confirmDestructive(
            &m_window, tr("Delete All Data"),
            tr("Delete all your attempts, recordings, stories, ratings and own questions?"),
            tr("This cannot be undone. Back up the profile first if you may want it again. "
               "Interview Coach restarts with an empty profile."),
            tr("Delete Everything")) != QMessageBox::Yes)
        return Status::cancelled();
    m_takeOut.planDeleteAll();
    return Status::success();
}

} // namespace coach
