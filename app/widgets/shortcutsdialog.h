// Help > Keyboard Shortcuts: every key of the main window on one sheet, read from the ActionManager.
#pragma once

#include <QDialog>

class QTreeWidget;

namespace coach {

class ActionManager;

class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const ActionManager &actions, QWidget *parent = nullptr);

    // The keys shown for a description (as the sheet shows it), empty when it is not listed.
    QString keysFor(const QString &description) const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fill();

    const ActionManager &m_actions;
    QTreeWidget *m_tree;
};

} // namespace coach
