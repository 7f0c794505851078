#include "widgets/messages.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace coach {

void showStartupError(const QString &message)
{
    QMessageBox box(
        QMessageBox::Critical, QCoreApplication::translate("Messages", "Interview Coach cannot start"),
        QCoreApplication::translate("Messages", "Interview Coach cannot start."), QMessageBox::Close);
    box.setInformativeText(message);
    box.exec();
}

bool askToRestoreBackup(const QString &problem, const QString &backupFile)
{
    const QFileInfo backup(backupFile);
    QMessageBox box(
        QMessageBox::Warning, QCoreApplication::translate("Messages", "Interview Coach: damaged database"),
        QCoreApplication::translate("Messages", "The database is damaged. Restore the latest automatic "
                                                "backup, from %1?")
            .arg(QLocale().toString(backup.lastModified(), QLocale::LongFormat)),
        QMessageBox::NoButton);
    box.setInformativeText(
        problem + QStringLiteral("\n\n") +
        QCoreApplication::translate("Messages", "The damaged file is kept beside it, renamed, "
                                                "so nothing is deleted. Recordings are not affected."));
    QPushButton *restore = box.addButton(QCoreApplication::translate("Messages", "&Restore the Backup"),
                                         QMessageBox::AcceptRole);
    box.addButton(QCoreApplication::translate("Messages", "&Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    return box.clickedButton() == restore;
}

} // namespace coach
