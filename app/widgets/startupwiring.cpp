#include "widgets/startupwiring.h"

#include "storage/takerecovery.h"
#include "widgets/mainwindow.h"

#include <QCoreApplication>
#include <QStatusBar>

namespace coach {

void connectSession(ProfileSession &session, MainWindow &window)
{
    QObject::connect(&session, &ProfileSession::readOnly, &window, &MainWindow::setReadOnly);
    QObject::connect(&session, &ProfileSession::recordingAllowed, &window, &MainWindow::setRecordingAllowed);
    QObject::connect(&session, &ProfileSession::recovered, &window, &MainWindow::showRecoveryReport);
    QObject::connect(&session, &ProfileSession::trashProblems, &window, &MainWindow::showTrashProblems);
    QObject::connect(&session, &ProfileSession::backlogReady, &window, &MainWindow::analyseBacklog);
    QObject::connect(&session, &ProfileSession::statusMessage, window.statusBar(), &QStatusBar::showMessage);
    // hide(), not close(): closing saves notes and drafts, which must not be tried on a damaged file.
    QObject::connect(&session, &ProfileSession::damageFound, &window, [&window] {
        window.hide();
        QCoreApplication::exit(1);
    });
}

ProfileSession::Change changeAfterClose(const MainWindow &window)
{
    using Kind = ProfileSession::Change::Kind;
    const MainWindow::PendingChange pending = window.pendingChange();
    switch (pending.kind) {
    case MainWindow::PendingChange::Kind::Restore:
        return {Kind::Restore, pending.archive};
    case MainWindow::PendingChange::Kind::DeleteAll:
        return {Kind::DeleteAll, {}};
    case MainWindow::PendingChange::Kind::None:
        break;
    }
    return {};
}

} // namespace coach
