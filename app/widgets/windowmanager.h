// The main window's secondary windows (History, Progress, the story bank, the mock interview, About): each
// made on first use, shown and brought to the front in one way, and refreshed when attempts change.
#pragma once

#include "core/attempt.h"
#include "core/mockinterview.h"
#include "widgets/progressview.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace coach {

class ActionManager;
class HistoryWindow;
class KeyPointRepository;
class MockInterviewWindow;
class ShortcutsDialog;
class StarEditor;
class StoriesDialog;
struct MainWindowServices;

class WindowManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowManager)

public:
    // The services must outlive the manager; the windows are children of parent.
    WindowManager(const MainWindowServices &services, QWidget &parent);
    ~WindowManager() override;

    HistoryWindow *showHistory();
    // The due forecast reads the schedule through reviews each time the figures are read again.
    ProgressView *showProgress(std::function<ProgressView::ReviewOutlook()> reviews);
    // The story bank follows what the STAR editor saves, and the editor forgets stories removed in it.
    StoriesDialog *showStories(StarEditor &editor);
    // The sheet of keyboard shortcuts, read from the actions each time it opens.
    ShortcutsDialog *showShortcuts(const ActionManager &actions);
    // What the program is and what it promises (Help > About).
    void showAbout();
    // Asks for the options of a mock interview; none when the person closed the dialog.
    std::optional<MockOptions> chooseMockOptions();
    // Starts a mock interview over questions of these banks, chosen with the schedule (reviews, the
    // interview day), and shows it; nullptr (and a message) when it cannot.
    MockInterviewWindow *startMockInterview(const QStringList &bankIds, const QList<QuestionReview> &reviews,
                                            std::optional<QDate> interviewDay, const MockOptions &options);

    // Attempts changed: the open windows that list them follow, except source, which made the change.
    void refreshAttempts(const QObject *source = nullptr);
    // New delivery figures: the mock interview's summary shows them.
    void refreshFigures();

    // Where the mock interview's summary reads how many key points each take was heard to cover.
    void setKeyPoints(const KeyPointRepository *keyPoints) { m_keyPoints = keyPoints; }

    // Shows a window, brings it to the front and gives it the keyboard.
    static void bringToFront(QWidget *window);

Q_SIGNALS:
    // From the History (deleting, rating, undoing) and the mock interview (a take, a rating).
    void attemptsChanged(const QStringList &questionIds, const QObject *source);
    void takeSaved(const coach::Attempt &attempt);
    // Something the main window shows in its status bar.
    void statusMessage(const QString &message, int timeoutMs);

private:
    std::unique_ptr<MainWindowServices> m_services;
    QWidget &m_parent;
    HistoryWindow *m_history = nullptr;
    ProgressView *m_progress = nullptr;
    StoriesDialog *m_stories = nullptr;
    ShortcutsDialog *m_shortcuts = nullptr;
    MockInterviewWindow *m_mock = nullptr;
    const KeyPointRepository *m_keyPoints = nullptr;
};

} // namespace coach
