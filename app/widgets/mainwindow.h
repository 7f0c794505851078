// The main window: question browser on the left, question view on the right, menus around them.
#pragma once

#include <QMainWindow>

#include "controllers/profiletakeout.h"
#include "core/result.h"
#include "storage/dataexport.h"

#include <QDate>

#include <memory>
#include <optional>

namespace coach {

namespace Ui {
class MainWindow;
}

class ActionManager;
class AnalysisQueue;
class AttemptRepository;
class Database;
class AttemptTrash;
class HistoryQuery;
class HistoryWindow;
class KeyPointControl;
class Microphones;
class MockInterviewWindow;
class MockSessionRepository;
class Voice;
struct MockOptions;
struct Attempt;
class ProgressView;
class DeliveryAnalyzer;
struct Question;
class AttemptsPanel;
class Player;
class Recorder;
class QuestionBrowser;
class QuestionEditing;
class QuestionRepository;
class QuestionTreeModel;
class QuestionView;
class RecorderPanel;
class ReviewGuide;
class Settings;
class StarEditor;
class StoriesDialog;
class StoryRepository;
class TakeGuard;
class TakeOutDialogs;
class WindowManager;

// What the main window works with; main.cpp builds these and keeps them alive.
struct MainWindowServices
{
    QuestionRepository &questions;
    AttemptRepository &attempts;
    Settings &settings;
    Recorder &recorder;
    Recorder &mockRecorder; // the mock interview's own, so its takes never reach the practice panel
    Microphones &microphones;
    Player &player;
    StoryRepository &stories;
    DeliveryAnalyzer &analyzer;
    HistoryQuery &history;
    AttemptTrash &trash;
    MockSessionRepository &mockSessions;
    Voice &voice;
    Database &database; // for consistent copies of the whole profile
    QString dataDir;
    QString language; // of the interface, for the STAR hints
};

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const MainWindowServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads the questions from the database; returns an error message, empty on success.
    QString reload();
    // Computes the delivery figures that are missing, in the background, with a progress bar.
    void analyseBacklog();
    // Reads the review schedule again and marks what is due.
    void updateReviews();
    // Selects the most overdue question (then one never practised); returns its id, empty when none.
    QString practiseNext();
    HistoryWindow *showHistory();
    ProgressView *showProgress();
    void setInterviewDate(const QDate &date); // invalid: none
    // Imports a question bank from a file the person chooses, after showing what it adds; returns how many
    // were added. Cancelled when the person closed a dialog; a failure has been shown already.
    Result<int> importQuestions();
    // Writes a stored bank the person chooses to a JSON file.
    Status exportQuestions();
    // What can be cancelled (a dialog closed, a question declined, a progress cancelled) returns cancelled,
    // which is not shown as a failure.
    // The person's own questions: a new one (dialog), editing or deleting the current one (own questions
    // only), hiding the current one (any), and whether hidden ones are listed.
    void newQuestion();
    void editQuestion();
    Status deleteQuestion();
    Status setQuestionHidden(bool hidden);
    void setShowHidden(bool show);
    // Taking everything out: all data to a folder (with a progress dialog that can cancel), the whole profile
    // to one archive; and replacing it: a restore or deleting everything, which happen once the window has
    // closed (the database must be closed for them), before the program starts again.
    Result<ExportSummary> exportAllData();
    Status backUpProfile();
    Status restoreProfile();
    Status deleteAllData();
    using PendingChange = ProfileTakeOut::PendingChange;
    PendingChange pendingChange() const;
    // The data folder cannot be written to (reason says why): everything can be looked at, played and
    // exported, and what would save something is off, with a notice in the status bar and a message.
    void setReadOnly(const QString &reason);
    // Recording on or off for a while (off while the database is checked at start), without a notice.
    void setRecordingAllowed(bool allowed);
    bool isReadOnly() const { return m_readOnly; }
    // Attempts of these questions changed (a take, a rating, a deletion, takes recovered at start):
    // everything that shows them follows. source: the window that changed them, which already shows the
    // change.
    void onAttemptsChanged(const QStringList &questionIds, const QObject *source = nullptr);
    // Asks for the options of a mock interview, then runs it.
    void chooseMockInterview();
    // Runs a mock interview with these options; nullptr (and a message) when no question matches.
    MockInterviewWindow *startMockInterview(const MockOptions &options);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void connectActions();
    void retranslateTabs();
    void restoreState();
    void saveState();
    void updateStatus();
    void onQuestionChanged(const Question *question);
    void showQuestion(const Question *question);
    void showStories();
    void onFiguresSaved();
    void connectKeyPoints();
    void updateBaseline();
    // A take was saved (from the recorder or a mock interview): its figures are computed, lists follow.
    void onTakeSaved(const Attempt &attempt);
    void updateQuestionActions();
    void reloadKeeping(const QString &questionId);
    QString loadQuestions();
    void selectRememberedQuestion();
    Status closeForPendingChange();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ActionManager *m_actions = nullptr;
    WindowManager *m_windows = nullptr;
    QuestionEditing *m_editing = nullptr;
    TakeOutDialogs *m_takeOutDialogs = nullptr;
    ReviewGuide *m_reviews = nullptr;
    TakeGuard *m_takeGuard = nullptr;
    QuestionRepository &m_questions;
    Settings &m_settings;
    QuestionTreeModel *m_model;
    QuestionBrowser *m_browser;
    QuestionView *m_view;
    StarEditor *m_starEditor;
    AttemptRepository &m_attemptRepository;
    AnalysisQueue *m_analysis;
    KeyPointControl *m_keyPoints = nullptr;
    RecorderPanel *m_recorder;
    AttemptsPanel *m_attempts;
    bool m_showHidden = false;
    std::unique_ptr<ProfileTakeOut> m_takeOut;
    bool m_readOnly = false;
};

} // namespace coach
