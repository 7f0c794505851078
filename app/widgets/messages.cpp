#include "widgets/messages.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace coach {

void showStartupError(const QString &message)
{
    QMessageBox box(
        QMessageBox::Critical, QCoreApplication::translate("Messages", "Interview Coach cannot start"),
        QCoreApplication::translate("Messages", "Interview Coach cannot start."), QMessageBox::Close);
    box.setInformativeText(message);
    box.exec();
}

} // namespace coach
