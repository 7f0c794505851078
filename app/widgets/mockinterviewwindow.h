// A mock interview in progress: the question shown large and read aloud, a countdown to think, the answer
// recorded with a clear cue, then the next question; at the end, a summary to rate, review against the
// question's points and replay each answer.
#pragma once

#include "core/attempt.h"
#include "core/mockinterview.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QStackedWidget;
class QTableView;

namespace coach {

class AttemptRepository;
class Player;
class Recorder;
class LevelMeter;
class MockSessionRepository;
class MockSummaryModel;
class PlaybackBar;
class RubricChecklist;
class Settings;
class Voice;
struct RecordedTake;

class MockInterviewWindow final : public QWidget, private MockSession::Ports
{
    Q_OBJECT

public:
    // The recorder is the window's own: the main window's recorder panel would save its takes as practice.
    MockInterviewWindow(AttemptRepository &attempts, MockSessionRepository &sessions, Recorder &recorder,
                        Player &player, Voice &voice, Settings &settings, QString dataDir,
                        QWidget *parent = nullptr);
    ~MockInterviewWindow() override;

    // Starts a session over these questions (in this order); returns an error message, empty on success.
    QString start(const QList<Question> &questions, const MockOptions &options);
    const MockSession *session() const { return m_session.get(); }
    qint64 sessionId() const { return m_sessionId; }
    MockSummaryModel *summary() const { return m_summary; }
    // From showing a question to its reading starting, for each question read aloud.
    const QList<qint64> &speechLatenciesMs() const { return m_latencies; }
    // Reads the figures and ratings of the summary again (after the analysis of a take finished).
    void refreshSummary();

    void next();
    void skip();
    void togglePause();
    void endEarly();
    bool rateSelected(int rating);
    // Ticks or unticks a point (from 0) of the selected answer's question in the summary.
    bool toggleRubricPoint(int point);

Q_SIGNALS:
    // An answer was saved as an attempt (figures are computed, lists and schedule follow).
    void attemptSaved(const coach::Attempt &attempt);
    // A rating or self-review in the summary changed.
    void attemptChanged(const QString &questionId);
    void finished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // MockSession::Ports
    bool speak(const QString &text) override;
    void stopSpeaking() override;
    bool startRecording(const QString &questionId) override;
    void stopRecording() override;
    void stateChanged(MockSession::State state) override;

    QWidget *buildRunningPage();
    QWidget *buildSummaryPage();
    void connectServices();
    void addShortcuts();
    qint64 now() const;
    void onTick();
    void onTake(const RecordedTake &take);
    void showState();
    void showSummary();
    void retranslate();

    AttemptRepository &m_attempts;
    MockSessionRepository &m_sessions;
    Voice &m_voice;
    Settings &m_settings;
    QString m_dataDir;
    Recorder &m_recorder;
    std::unique_ptr<MockSession> m_session;
    qint64 m_sessionId = 0;
    QString m_recordingQuestion;
    QElapsedTimer m_clock;
    QTimer m_ticker;
    qint64 m_shownAt = -1;
    QList<qint64> m_latencies;
    bool m_speechNoticeShown = false;

    QStackedWidget *m_pages;
    QLabel *m_progress;
    QLabel *m_question;
    QLabel *m_status;
    QLabel *m_notice;
    QLabel *m_keys;
    LevelMeter *m_meter;
    QLabel *m_summaryHeading;
    QTableView *m_table;
    MockSummaryModel *m_summary;
    PlaybackBar *m_playback;
    RubricChecklist *m_rubric;
};

} // namespace coach
