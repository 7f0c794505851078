// A mock interview: questions asked one after another, each read aloud, a moment to think, the answer
// recorded, then the next; a summary at the end. The session is a state machine driven by the clock, the
// speech engine and the recorder through small ports, so it runs with fakes in tests and for real in the
// program.
#pragma once

#include "core/question.h"
#include "core/schedule.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace coach {

struct MockOptions
{
    enum class Order { DueFirst, NeverPractisedFirst, Random };

    int questionCount = 5;
    QStringList categoryIds; // empty: every category
    Order order = Order::DueFirst;
    int thinkingSeconds = 10;
    int capSeconds = 180;
    bool speak = true;        // read the questions aloud; otherwise text only
    bool askFollowUp = false; // after each answer, one of the question's follow-ups (when it has any)
};

// The questions of a session, in the order asked. Due first: the most overdue, then those never practised,
// then the rest by when they are due. Never practised first: those, then the due ones, then the rest. Random:
// shuffled with the seed. Ties keep the bank order.
QStringList chooseMockQuestions(const QList<Question> &questions, const QList<QuestionReview> &reviews,
                                const MockOptions &options, const QDate &today,
                                std::optional<QDate> interviewDay, quint32 seed);

class MockSession final
{
public:
    enum class State { Idle, Speaking, Thinking, Recording, Between, Summary };

    // What the session drives: the widgets give it the speech engine and the recorder; tests give fakes.
    class Ports
    {
    public:
        virtual ~Ports() = default;
        // Starts reading the text aloud; false when no speech engine can (the session then shows text only).
        virtual bool speak(const QString &text) = 0;
        virtual void stopSpeaking() = 0;
        // Starts recording an answer; false when the recorder cannot start (the session then ends).
        virtual bool startRecording(const QString &questionId) = 0;
        virtual void stopRecording() = 0;
        virtual void stateChanged(State state) = 0;
    };

    struct Answer
    {
        QString questionId;
        qint64 attemptId = 0; // 0: not answered (skipped, or the session ended first)
        qint64 durationMs = 0;
        bool reachedCap = false;
        QString followUp;      // the follow-up answered; empty for the answer to the question itself
        qint64 followUpOf = 0; // with a follow-up: the attempt of the answer it followed
    };

    static constexpr qint64 kBetweenMs = 1500; // the pause after an answer before the next question

    MockSession(QList<Question> questions, MockOptions options, Ports &ports);

    void start(qint64 nowMs);
    // The clock: ends the thinking time and the pause between questions.
    void tick(qint64 nowMs);
    void speechFinished(qint64 nowMs);
    // The answer was saved as an attempt (after a stop, the cap, or a recorder problem that kept the audio).
    void recordingFinished(qint64 attemptId, qint64 durationMs, bool reachedCap, qint64 nowMs);
    // The recorder cannot go on; the session ends once what was recorded is saved.
    void recordingFailed(const QString &message, qint64 nowMs);

    // The one key that moves on: stops the reading, skips the thinking time, or ends the answer.
    void next(qint64 nowMs);
    // Leaves this question unanswered (while recording: ends the answer, which is kept).
    void skip(qint64 nowMs);
    // Holds the session (not while recording: the answer goes on until it is stopped).
    void togglePause(qint64 nowMs);
    void endEarly(qint64 nowMs);

    State state() const { return m_state; }
    bool isPaused() const { return m_paused; }
    int currentIndex() const { return m_index; }
    int questionCount() const { return static_cast<int>(m_questions.size()); }
    const Question *currentQuestion() const;
    // What is being asked: the question, or its follow-up.
    QString currentText() const;
    bool isFollowUp() const { return !m_followUp.isEmpty() && !m_followUpQueued; }
    // Between an answer and its follow-up.
    bool followUpNext() const { return m_followUpQueued; }
    // While a follow-up is asked: the attempt of the answer it follows (the follow-up's attempt links to it).
    qint64 followUpOf() const { return m_followUpOf; }
    const QList<Question> &questions() const { return m_questions; }
    const MockOptions &options() const { return m_options; }
    qint64 thinkingLeftMs(qint64 nowMs) const;
    const QList<Answer> &answers() const { return m_answers; }
    // Set once when the questions could not be read aloud: the session went on with text only.
    bool speechUnavailable() const { return m_speechUnavailable; }
    enum class End { NotYet, Completed, ByPerson, RecorderProblem };
    End end() const { return m_end; }
    // The recorder's message when it ended the session.
    QString problem() const { return m_problem; }
    qint64 startedAtMs() const { return m_startedAtMs; }
    qint64 totalMs() const { return m_endedAtMs - m_startedAtMs; }

private:
    void ask(qint64 nowMs);
    void think(qint64 nowMs);
    void record(qint64 nowMs);
    void afterAnswer(qint64 nowMs);
    bool queueFollowUp(qint64 nowMs);
    void advance(qint64 nowMs);
    void finish(qint64 nowMs, End end);
    void setState(State state);

    QList<Question> m_questions;
    MockOptions m_options;
    Ports &m_ports;
    State m_state = State::Idle;
    int m_index = -1;
    bool m_paused = false;
    bool m_speechUnavailable = false;
    bool m_endAfterAnswer = false;
    qint64 m_deadlineMs = 0;   // end of the thinking time or of the pause between questions
    qint64 m_pausedLeftMs = 0; // what was left of it when paused
    qint64 m_startedAtMs = 0;
    qint64 m_endedAtMs = 0;
    End m_end = End::NotYet;
    End m_endAfterAnswerAs = End::ByPerson;
    QString m_problem;
    QList<Answer> m_answers;
    QString m_followUp; // the follow-up being asked, or about to be after the pause
    qint64 m_followUpOf = 0;
    bool m_followUpQueued = false; // the pause leads to the follow-up rather than the next question
};

} // namespace coach
