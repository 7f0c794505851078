#include "widgets/actionmanager.h"

#include "ui_mainwindow.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>

namespace coach {

ActionManager::ActionManager(Ui::MainWindow &ui, QMainWindow &window)
    : QObject(&window)
    , m_ui(ui)
    , m_window(window)
{
    for (QAction *a :
         {m_ui.quitAction, m_ui.findAction, m_ui.toggleSampleAction, m_ui.aboutAction, m_ui.aboutQtAction})
        m_actions.insert(a->objectName(), a);
    m_ui.quitAction->setShortcut(QKeySequence::Quit);
    m_ui.quitAction->setMenuRole(QAction::QuitRole);
    m_ui.findAction->setShortcut(QKeySequence::Find);
    m_ui.aboutAction->setMenuRole(QAction::AboutRole);
    m_ui.aboutQtAction->setMenuRole(QAction::AboutQtRole);
    add("shortcutsAction", m_ui.helpMenu, m_ui.aboutAction)->setShortcut(QKeySequence::HelpContents);
    m_ui.helpMenu->insertSeparator(m_ui.aboutAction);

    setUpEditAndViewMenus();
    setUpFileMenu();
    setUpPracticeMenu();

    // Space records except where it types (text fields take it first); Escape stops playback, and only
    // while something plays; 1 to 4 rate the selected take, 5 to 9 tick its first five points (text fields
    // keep their digits).
    addShortcut("spaceShortcut", Qt::Key_Space);
    addShortcut("escapeShortcut", Qt::Key_Escape);
    shortcut("escapeShortcut")->setEnabled(false);
    for (int r = 1; r <= 4; ++r)
        addShortcut(QStringLiteral("rate%1Shortcut").arg(r).toLatin1().constData(), Qt::Key_0 + r);
    for (int k = 5; k <= 9; ++k)
        addShortcut(QStringLiteral("rubric%1Shortcut").arg(k).toLatin1().constData(), Qt::Key_0 + k);
    retranslate();
}

QAction *ActionManager::action(const char *id) const
{
    QAction *a = m_actions.value(QString::fromLatin1(id));
    Q_ASSERT_X(a, "ActionManager::action", id);
    return a;
}

QShortcut *ActionManager::shortcut(const char *id) const
{
    QShortcut *s = m_shortcuts.value(QString::fromLatin1(id));
    Q_ASSERT_X(s, "ActionManager::shortcut", id);
    return s;
}

QAction *ActionManager::add(const char *id, QMenu *menu, QAction *before)
{
    auto *a = new QAction(&m_window);
    a->setObjectName(QString::fromLatin1(id));
    if (menu)
        menu->insertAction(before, a);
    m_actions.insert(a->objectName(), a);
    return a;
}

void ActionManager::addShortcut(const char *id, int key)
{
    auto *s = new QShortcut(QKeySequence(key), &m_window);
    s->setObjectName(QString::fromLatin1(id));
    m_shortcuts.insert(s->objectName(), s);
}

void ActionManager::setUpFileMenu()
{
    QAction *quit = m_ui.quitAction;
    add("importQuestionsAction", m_ui.fileMenu, quit)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    add("exportQuestionsAction", m_ui.fileMenu, quit)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_ui.fileMenu->insertSeparator(quit);
    // Taking everything out, and putting a profile back.
    for (const char *id : {"exportAllAction", "backUpAction", "restoreAction", "deleteAllAction"})
        add(id, m_ui.fileMenu, quit);
    m_ui.fileMenu->insertSeparator(quit);
}

void ActionManager::setUpEditAndViewMenus()
{
    // Own questions: in the Edit menu; hidden questions in the View menu.
    m_ui.editMenu->addSeparator();
    add("newQuestionAction", m_ui.editMenu)->setShortcut(QKeySequence::New);
    add("editQuestionAction", m_ui.editMenu);
    add("deleteQuestionAction", m_ui.editMenu);
    add("hideQuestionAction", m_ui.editMenu)->setCheckable(true);
    add("showHiddenAction", m_ui.viewMenu)->setCheckable(true);
    add("rolesAction", m_ui.viewMenu);
    m_ui.viewMenu->addSeparator();
    add("historyAction", m_ui.viewMenu)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    add("recoveredAction", m_ui.viewMenu);
    add("progressAction", m_ui.viewMenu)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
}

void ActionManager::setUpPracticeMenu()
{
    m_practiceMenu = new QMenu(&m_window);
    m_practiceMenu->setObjectName(QStringLiteral("practiceMenu"));
    m_window.menuBar()->insertMenu(m_ui.helpMenu->menuAction(), m_practiceMenu);
    QAction *record = add("recordAction", m_practiceMenu);
    record->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    record->setShortcutContext(Qt::WindowShortcut);
    add("playAction", m_practiceMenu)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_practiceMenu->addSeparator();
    add("storiesAction", m_practiceMenu)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_practiceMenu->addSeparator();
    add("mockInterviewAction", m_practiceMenu)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    add("practiseNextAction", m_practiceMenu)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    add("interviewDateAction", m_practiceMenu);
}

void ActionManager::disableSaving()
{
    for (const char *id : {"newQuestionAction", "interviewDateAction", "importQuestionsAction",
                           "restoreAction", "deleteAllAction"})
        action(id)->setEnabled(false);
}

void ActionManager::setRecording(bool recording)
{
    m_recording = recording;
    action("recordAction")->setText(recording ? tr("&Stop Recording") : tr("&Record Answer"));
}

void ActionManager::retranslate()
{
    m_ui.toggleSampleAction->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    m_practiceMenu->setTitle(tr("&Practice"));
    setRecording(m_recording);
    const struct
    {
        const char *id;
        QString text;
        QString toolTip;
    } texts[] = {
        {"playAction", tr("&Play or Pause Attempt"), {}},
        {"storiesAction", tr("Story &Bank…"), {}},
        {"practiseNextAction", tr("Practise &Next Question"),
         tr("The most overdue question, then one never practised")},
        {"interviewDateAction", tr("&Interview Date…"), {}},
        {"mockInterviewAction", tr("&Mock Interview…"),
         tr("Questions asked aloud one after another, each answer recorded")},
        {"newQuestionAction", tr("&New Question…"), {}},
        {"editQuestionAction", tr("E&dit Question…"), {}},
        {"deleteQuestionAction", tr("De&lete Question…"), {}},
        {"hideQuestionAction", tr("&Hide Question"),
         tr("Questions that come with the program can be hidden, not edited")},
        {"showHiddenAction", tr("Show Hi&dden Questions"), {}},
        {"rolesAction", tr("R&oles…"), tr("Choose the roles whose questions are listed")},
        {"importQuestionsAction", tr("&Import Questions…"), {}},
        {"exportQuestionsAction", tr("&Export Questions…"), {}},
        {"exportAllAction", tr("Export &All Data…"), {}},
        {"backUpAction", tr("&Back Up Profile…"), {}},
        {"restoreAction", tr("&Restore Profile…"), {}},
        {"deleteAllAction", tr("&Delete All Data…"), {}},
        {"historyAction", tr("&History of Attempts"), {}},
        {"recoveredAction", tr("Re&covered Takes"), {}},
        {"progressAction", tr("P&rogress"), {}},
        {"shortcutsAction", tr("&Keyboard Shortcuts"), tr("Every key of the main window on one sheet")},
    };
    for (const auto &t : texts) {
        QAction *a = action(t.id);
        a->setText(t.text);
        if (!t.toolTip.isEmpty())
            a->setToolTip(t.toolTip);
    }
}

QList<KeyHelp> ActionManager::keyHelp() const
{
    const auto plain = [](QString text) {
        return text.remove(u'&').remove(u'…').trimmed();
    };
    QList<KeyHelp> keys;
    for (QAction *menuAction : m_window.menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || a->shortcuts().isEmpty())
                continue;
            QStringList sequences;
            for (const QKeySequence &s : a->shortcuts())
                sequences << s.toString(QKeySequence::NativeText);
            keys.append({plain(menu->title()), plain(a->text()), sequences.join(tr(", "))});
        }
    }
    const QString panel = tr("Practice panel (outside text fields)");
    const auto key = [this](const char *id) {
        return shortcut(id)->key().toString(QKeySequence::NativeText);
    };
    keys.append({panel, tr("Start or stop recording"), key("spaceShortcut")});
    keys.append({panel, tr("Stop playback"), key("escapeShortcut")});
    keys.append({panel, tr("Rate the selected take: Again, Hard, Good, Easy"),
                 tr("%1 to %2").arg(key("rate1Shortcut"), key("rate4Shortcut"))});
    keys.append({panel, tr("Tick or untick the first five points of the self-review"),
                 tr("%1 to %2").arg(key("rubric5Shortcut"), key("rubric9Shortcut"))});
    for (const QAction *a : m_attemptListActions)
        keys.append({tr("Attempt list"), plain(a->text()), a->shortcut().toString(QKeySequence::NativeText)});
    return keys;
}

} // namespace coach
