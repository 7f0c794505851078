// The main window: question browser on the left, question view on the right, menus around them.
#pragma once

#include <QMainWindow>

#include <memory>

class QProgressBar;
class QShortcut;
class QTabWidget;
class QSplitter;

namespace Ui {
class MainWindow;
}

namespace coach {

class AttemptRepository;
class DeliveryAnalyzer;
struct Question;
struct DeliveryFigures;
struct RecoveryReport;
class AttemptsPanel;
class AudioPlayer;
class AudioRecorder;
class QuestionBrowser;
class QuestionRepository;
class QuestionTreeModel;
class QuestionView;
class RecorderPanel;
class Settings;
class StarEditor;
class StoriesDialog;
class StoryRepository;

// What the main window works with; main.cpp builds these and keeps them alive.
struct MainWindowServices
{
    QuestionRepository &questions;
    AttemptRepository &attempts;
    Settings &settings;
    AudioRecorder &recorder;
    AudioPlayer &player;
    StoryRepository &stories;
    DeliveryAnalyzer &analyzer;
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
    // Tells the person which interrupted takes were kept, and which could not be.
    void showRecoveryReport(const RecoveryReport &report);
    // Computes the delivery figures that are missing, in the background, with a progress bar.
    void analyseBacklog();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpActions();
    void retranslateActions();
    void restoreState();
    void saveState();
    void showAbout();
    void updateStatus();
    void onQuestionChanged(const Question *question);
    void showStories();
    void onAnalysed(qint64 attemptId, const DeliveryFigures &figures);
    void updateBaseline();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QuestionRepository &m_questions;
    Settings &m_settings;
    QuestionTreeModel *m_model;
    QuestionBrowser *m_browser;
    QuestionView *m_view;
    QSplitter *m_practiceSplitter;
    QTabWidget *m_tabs;
    StarEditor *m_starEditor;
    StoriesDialog *m_storiesDialog = nullptr;
    StoryRepository &m_stories;
    QAction *m_storiesAction;
    AttemptRepository &m_attemptRepository;
    DeliveryAnalyzer &m_analyzer;
    QString m_dataDir;
    QProgressBar *m_analysisProgress;
    int m_analysisTotal = 0;
    RecorderPanel *m_recorder;
    AttemptsPanel *m_attempts;
    QAction *m_recordAction;
    QAction *m_playAction;
    QShortcut *m_spaceShortcut;
    QShortcut *m_escapeShortcut;
};

} // namespace coach
