// The main window's questions and warnings, through one place so that a test can give the answer before
// the box would open (after KeePassXC's MessageBox::setNextAnswer); then no box opens.
#pragma once

#include <QMessageBox>

namespace coach {

class MessageBox final
{
public:
    MessageBox() = delete;

    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::Cancel,
             QMessageBox::StandardButton defaultButton = QMessageBox::Cancel);
    static QMessageBox::StandardButton
    warning(QWidget *parent, const QString &title, const QString &text,
            QMessageBox::StandardButtons buttons = QMessageBox::Ok,
            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    // A warning whose yes is a destructive button named action beside Cancel (the default); informative
    // text under the question. Answers Yes when action was chosen, else Cancel.
    static QMessageBox::StandardButton confirmDestructive(QWidget *parent, const QString &title,
                                                          const QString &text, const QString &informative,
                                                          const QString &action);

    // The next box is answered with this without opening; answers queue up in order.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Answers given in advance and not yet used (a test checks it used them all).
    static int pendingAnswers();
    static void clearNextAnswers();
};

} // namespace coach
