// The main window's file dialogs and its one list to choose from, through one place so that a test can
// give the file name (or choice) before the dialog would open (after KeePassXC's FileDialog::
// setNextFileName); then no dialog opens. An empty name, as from a closed dialog, means cancelled.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace coach {

class FileDialog final
{
public:
    FileDialog() = delete;

    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter);
    static QString getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir = {});
    // One of items (QInputDialog::getItem); nothing when the dialog was closed.
    static std::optional<QString> getItem(QWidget *parent, const QString &caption, const QString &label,
                                          const QStringList &items);

    // The next dialog returns this without opening; names queue up in order. getItem takes the next name
    // as the item chosen (empty: closed).
    static void setNextFileName(const QString &fileName);
    static int pendingFileNames();
    static void clearNextFileNames();
};

} // namespace coach
