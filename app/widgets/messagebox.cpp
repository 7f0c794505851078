#include "widgets/messagebox.h"

#include <QPushButton>
#include <QQueue>

namespace coach {

namespace {

QQueue<QMessageBox::StandardButton> &nextAnswers()
{
    static QQueue<QMessageBox::StandardButton> answers;
    return answers;
}

} // namespace

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    if (!nextAnswers().isEmpty())
        return nextAnswers().dequeue();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton)
{
    if (!nextAnswers().isEmpty())
        return nextAnswers().dequeue();
    return QMessageBox::warning(parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::confirmDestructive(QWidget *parent, const QString &title,
                                                           const QString &text, const QString &informative,
                                                           const QString &action)
{
    if (!nextAnswers().isEmpty())
        return nextAnswers().dequeue();
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setInformativeText(informative);
    QPushButton *yes = box.addButton(action, QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes ? QMessageBox::Yes : QMessageBox::Cancel;
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswers().enqueue(answer);
}

int MessageBox::pendingAnswers()
{
    return static_cast<int>(nextAnswers().size());
}

void MessageBox::clearNextAnswers()
{
    nextAnswers().clear();
}

} // namespace coach
