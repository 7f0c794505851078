#include "widgets/filedialog.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QQueue>

namespace coach {

namespace {

QQueue<QString> &nextNames()
{
    static QQueue<QString> names;
    return names;
}

} // namespace

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    if (!nextNames().isEmpty())
        return nextNames().dequeue();
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    if (!nextNames().isEmpty())
        return nextNames().dequeue();
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    if (!nextNames().isEmpty())
        return nextNames().dequeue();
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

std::optional<QString> FileDialog::getItem(QWidget *parent, const QString &caption, const QString &label,
                                           const QStringList &items)
{
    if (!nextNames().isEmpty()) {
        const QString name = nextNames().dequeue();
        return name.isEmpty() ? std::nullopt : std::optional<QString>(name);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, caption, label, items, 0, false, &ok);
    return ok ? std::optional<QString>(chosen) : std::nullopt;
}

void FileDialog::setNextFileName(const QString &fileName)
{
    nextNames().enqueue(fileName);
}

int FileDialog::pendingFileNames()
{
    return static_cast<int>(nextNames().size());
}

void FileDialog::clearNextFileNames()
{
    nextNames().clear();
}

} // namespace coach
