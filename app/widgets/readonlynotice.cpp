#include "widgets/readonlynotice.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

namespace coach {

ReadOnlyNotice::ReadOnlyNotice(const QString &reason, QMainWindow &window)
    : QLabel(tr("Read-only: nothing new is saved"), &window)
{
    setObjectName(QStringLiteral("readOnlyNotice"));
    setToolTip(reason);
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText, QColor(0xd9, 0x3a, 0x2b));
    setPalette(colours);
    window.statusBar()->addPermanentWidget(this);
    // Said once the window is up, so the person sees both.
    QTimer::singleShot(0, &window, [&window, reason] {
        QMessageBox box(QMessageBox::Warning, tr("Data folder cannot be written to"),
                        tr("Interview Coach cannot save anything in its data folder."), QMessageBox::Ok,
                        &window);
        box.setObjectName(QStringLiteral("readOnlyMessage"));
        box.setInformativeText(
            reason + QStringLiteral("\n\n") +
            tr("Your questions, answers and recordings can be looked at, played and exported, but recording, "
               "rating, notes and stories are not kept until the folder can be written to (a full disk "
               "has room again, or the folder's permissions allow writing). Start Interview Coach again "
               "then."));
        box.exec();
    });
}

} // namespace coach
