#include "widgets/startupwiring.h"

#include "core/version.h"
#include "platform/fontpreload.h"
#include "platform/mediamodule.h"
#include "platform/singleinstance.h"
#include "startup/afterfirstpaint.h"
#include "storage/takerecovery.h"
#include "widgets/deferrediconstyle.h"
#include "widgets/mainwindow.h"
#include "widgets/messagebox.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStatusBar>

namespace coach {

// What the session finds at start and tells the person in the window.
class StartupReports final
{
    Q_DECLARE_TR_FUNCTIONS(StartupReports)

public:
    // Which interrupted takes were kept, and which could not be.
    static void showRecovery(MainWindow &window, const RecoveryReport &report)
    {
        if (!report.problems.isEmpty())
            MessageBox::warning(&window, tr("Interrupted recordings"),
                                TakeRecovery::problemsText(report.problems));
        if (report.recovered.isEmpty())
            return;
        window.statusBar()->showMessage(
            tr("Interrupted takes recovered and kept: %1. They are marked \"recovered\" and listed under "
               "View > Recovered Takes.")
                .arg(report.recovered.size()),
            20000);
        QStringList questionIds;
        for (const Attempt &attempt : report.recovered)
            questionIds.append(attempt.questionId);
        window.onAttemptsChanged(questionIds);
    }

    // Which attempts could not leave the trash.
    static void showTrashProblems(MainWindow &window, const QStringList &problems)
    {
        MessageBox::warning(&window, tr("Trash"), problems.join(u'\n'));
    }
};

void prepareDesktop(FontPreload &fonts)
{
    QGuiApplication::setApplicationDisplayName(QString::fromLatin1(kDisplayName));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(kDesktopId));
    DeferredIconStyle::install();
    fonts.listFonts();
}

void connectSession(ProfileSession &session, MainWindow &window)
{
    QObject::connect(&session, &ProfileSession::readOnly, &window, &MainWindow::setReadOnly);
    QObject::connect(&session, &ProfileSession::recordingAllowed, &window, &MainWindow::setRecordingAllowed);
    QObject::connect(&session, &ProfileSession::recovered, &window, [&window](const RecoveryReport &report) {
        StartupReports::showRecovery(window, report);
    });
    QObject::connect(
        &session, &ProfileSession::trashProblems, &window,
        [&window](const QStringList &problems) { StartupReports::showTrashProblems(window, problems); });
    QObject::connect(&session, &ProfileSession::backlogReady, &window, &MainWindow::analyseBacklog);
    QObject::connect(&session, &ProfileSession::statusMessage, window.statusBar(), &QStatusBar::showMessage);
    // hide(), not close(): closing saves notes and drafts, which must not be tried on a damaged file.
    QObject::connect(&session, &ProfileSession::damageFound, &window, [&window] {
        window.hide();
        QCoreApplication::exit(1);
    });
}

void connectDesktop(SingleInstance &instance, MediaModule &media, MainWindow &window)
{
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    AfterFirstPaint::install(&window, [&media] { media.preload(); });
    QObject::connect(&media, &MediaModule::failed, &window,
                     [&window](const QString &message) { window.statusBar()->showMessage(message); });
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
