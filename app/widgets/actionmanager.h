// Every action and keyboard shortcut of the main window, created, placed in the menus and translated in one
// place, and handed out by id (the objectName) so the window only connects them.
#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QShortcut;

namespace coach {

namespace Ui {
class MainWindow;
}

// One line of the keyboard shortcuts sheet: where the key works, what it does, and the key.
struct KeyHelp
{
    QString group;
    QString description;
    QString keys;
};

class ActionManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionManager)

public:
    // The form's menus and actions are adopted; the rest are made here, children of window.
    ActionManager(Ui::MainWindow &ui, QMainWindow &window);

    // By objectName, e.g. "recordAction"; a missing id is a programming error (asserted).
    QAction *action(const char *id) const;
    // "spaceShortcut", "escapeShortcut", "rate1Shortcut" to "rate4Shortcut".
    QShortcut *shortcut(const char *id) const;
    // Off for good what would save something outside a question (the data folder cannot be written to).
    void disableSaving();
    // An action of the attempt list whose key works there (Best Take, B): listed on the shortcuts sheet.
    void addAttemptListAction(QAction *action) { m_attemptListActions.append(action); }
    // The record action's text follows whether a take is running.
    void setRecording(bool recording);
    // Every text again, after a change of language.
    void retranslate();
    // Every shortcut as the person reads it: the menus' actions in menu order, then the keys of the
    // practice panel; read from the actions and shortcuts themselves, so the list follows them.
    QList<KeyHelp> keyHelp() const;

private:
    QAction *add(const char *id, QMenu *menu, QAction *before = nullptr);
    void addShortcut(const char *id, int key);
    void setUpFileMenu();
    void setUpEditAndViewMenus();
    void setUpPracticeMenu();

    Ui::MainWindow &m_ui;
    QMainWindow &m_window;
    QMenu *m_practiceMenu = nullptr;
    QHash<QString, QAction *> m_actions;
    QHash<QString, QShortcut *> m_shortcuts;
    QList<QAction *> m_attemptListActions;
    bool m_recording = false;
};

} // namespace coach
