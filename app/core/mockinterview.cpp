#include "core/mockinterview.h"

#include <QHash>
#include <QRandomGenerator>

#include <algorithm>

namespace coach {

QStringList chooseMockQuestions(const QList<Question> &questions, const QList<QuestionReview> &reviews,
                                const MockOptions &options, const QDate &today,
                                std::optional<QDate> interviewDay, quint32 seed)
{
    QHash<QString, QuestionReview> byId;
    for (const QuestionReview &r : reviews)
        byId.insert(r.questionId, r);
    struct Candidate
    {
        QString id;
        int order;
        int group;      // 0 comes first
        qint64 sortKey; // within a group
    };
    QList<Candidate> candidates;
    int order = 0;
    for (const Question &q : questions) {
        ++order;
        if (!options.categoryIds.isEmpty() && !options.categoryIds.contains(q.categoryId))
            continue;
        const QuestionReview r = byId.value(q.id);
        const bool due = r.practised && isDue(r, today, interviewDay);
        const QDate when = r.state.lastReview.isValid() ? effectiveDue(r.state, today, interviewDay) : today;
        const qint64 dueKey = when.toJulianDay();
        int group = 2;
        if (options.order == MockOptions::Order::DueFirst)
            group = due ? 0 : (!r.practised ? 1 : 2);
        else if (options.order == MockOptions::Order::NeverPractisedFirst)
            group = !r.practised ? 0 : (due ? 1 : 2);
        candidates.append({q.id, order, group, r.practised ? dueKey : 0});
    }
    if (options.order == MockOptions::Order::Random) {
        QRandomGenerator random(seed);
        for (qsizetype i = candidates.size() - 1; i > 0; --i)
            std::swap(candidates[i], candidates[random.bounded(static_cast<int>(i + 1))]);
    } else {
        std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
            if (a.group != b.group)
                return a.group < b.group;
            if (a.sortKey != b.sortKey)
                return a.sortKey < b.sortKey; // the most overdue (earliest due day) first
            return a.order < b.order;
        });
    }
    QStringList chosen;
    for (const Candidate &c : candidates) {
        if (chosen.size() >= options.questionCount)
            break;
        chosen << c.id;
    }
    return chosen;
}

MockSession::MockSession(QList<Question> questions, MockOptions options, Ports &ports)
    : m_questions(std::move(questions))
    , m_options(std::move(options))
    , m_ports(ports)
{}

const Question *MockSession::currentQuestion() const
{
    return m_index >= 0 && m_index < m_questions.size() ? &m_questions.at(m_index) : nullptr;
}

QString MockSession::currentText() const
{
    if (!m_followUp.isEmpty() && !m_followUpQueued)
        return m_followUp;
    const Question *q = currentQuestion();
    return q ? q->text : QString();
}

qint64 MockSession::thinkingLeftMs(qint64 nowMs) const
{
    if (m_state != State::Thinking)
        return 0;
    return m_paused ? m_pausedLeftMs : std::max<qint64>(0, m_deadlineMs - nowMs);
}

void MockSession::setState(State state)
{
    m_state = state;
    m_ports.stateChanged(state);
}

void MockSession::start(qint64 nowMs)
{
    if (m_state != State::Idle)
        return;
    m_startedAtMs = nowMs;
    m_endedAtMs = nowMs;
    m_index = 0;
    if (m_questions.isEmpty()) {
        finish(nowMs, End::Completed);
        return;
    }
    ask(nowMs);
}

void MockSession::ask(qint64 nowMs)
{
    if (m_options.speak && !m_speechUnavailable) {
        if (m_ports.speak(currentText())) {
            setState(State::Speaking);
            return;
        }
        m_speechUnavailable = true; // said once; the rest of the session is text only
    }
    think(nowMs);
}

void MockSession::think(qint64 nowMs)
{
    m_deadlineMs = nowMs + m_options.thinkingSeconds * 1000LL;
    setState(State::Thinking);
    if (m_options.thinkingSeconds <= 0)
        record(nowMs);
}

void MockSession::record(qint64 nowMs)
{
    if (!m_ports.startRecording(m_questions.at(m_index).id)) {
        m_answers.append({m_questions.at(m_index).id, 0, 0, false, m_followUp, m_followUpOf});
        finish(nowMs, End::RecorderProblem);
        return;
    }
    setState(State::Recording);
}

void MockSession::tick(qint64 nowMs)
{
    if (m_paused)
        return;
    if (m_state == State::Thinking && nowMs >= m_deadlineMs)
        record(nowMs);
    else if (m_state == State::Between && nowMs >= m_deadlineMs)
        advance(nowMs);
}

void MockSession::speechFinished(qint64 nowMs)
{
    if (m_state == State::Speaking && !m_paused)
        think(nowMs);
}

void MockSession::recordingFinished(qint64 attemptId, qint64 durationMs, bool reachedCap, qint64 nowMs)
{
    if (m_state != State::Recording)
        return;
    m_answers.append(
        {m_questions.at(m_index).id, attemptId, durationMs, reachedCap, m_followUp, m_followUpOf});
    if (m_endAfterAnswer) {
        finish(nowMs, m_endAfterAnswerAs);
        return;
    }
    afterAnswer(nowMs);
}

void MockSession::recordingFailed(const QString &message, qint64 nowMs)
{
    m_problem = message;
    if (m_state == State::Recording) {
        // The recorder still hands over what it kept; the session ends after that.
        m_endAfterAnswer = true;
        m_endAfterAnswerAs = End::RecorderProblem;
        return;
    }
    finish(nowMs, End::RecorderProblem);
}

// After an answer to the question itself, with the option on: the pause leads to its first follow-up, asked
// like a question and answered as an attempt of its own.
bool MockSession::queueFollowUp(qint64 nowMs)
{
    const Answer &last = m_answers.constLast();
    const Question &q = m_questions.at(m_index);
    if (!m_options.askFollowUp || isFollowUp() || last.attemptId == 0 || q.followUps.isEmpty())
        return false;
    m_followUp = q.followUps.constFirst();
    m_followUpOf = last.attemptId;
    m_followUpQueued = true;
    m_deadlineMs = nowMs + kBetweenMs;
    setState(State::Between);
    return true;
}

void MockSession::afterAnswer(qint64 nowMs)
{
    if (queueFollowUp(nowMs))
        return;
    if (m_index + 1 >= m_questions.size()) {
        finish(nowMs, End::Completed);
        return;
    }
    m_deadlineMs = nowMs + kBetweenMs;
    setState(State::Between);
}

void MockSession::advance(qint64 nowMs)
{
    if (m_followUpQueued) {
        m_followUpQueued = false;
        ask(nowMs);
        return;
    }
    m_followUp.clear();
    m_followUpOf = 0;
    ++m_index;
    if (m_index >= m_questions.size()) {
        finish(nowMs, End::Completed);
        return;
    }
    ask(nowMs);
}

void MockSession::next(qint64 nowMs)
{
    if (m_paused)
        togglePause(nowMs);
    switch (m_state) {
    case State::Speaking:
        m_ports.stopSpeaking();
        think(nowMs);
        break;
    case State::Thinking:
        record(nowMs);
        break;
    case State::Recording:
        m_ports.stopRecording();
        break;
    case State::Between:
        advance(nowMs);
        break;
    case State::Idle:
    case State::Summary:
        break;
    }
}

void MockSession::skip(qint64 nowMs)
{
    if (m_state != State::Speaking && m_state != State::Thinking) {
        next(nowMs); // while recording (what was said is kept) or between questions, skipping moves on
        return;
    }
    m_paused = false;
    if (m_state == State::Speaking)
        m_ports.stopSpeaking();
    m_answers.append({m_questions.at(m_index).id, 0, 0, false, m_followUp, m_followUpOf});
    advance(nowMs);
}

void MockSession::togglePause(qint64 nowMs)
{
    if (m_state == State::Idle || m_state == State::Summary || m_state == State::Recording)
        return;
    if (!m_paused) {
        m_paused = true;
        if (m_state == State::Speaking)
            m_ports.stopSpeaking();
        m_pausedLeftMs = std::max<qint64>(0, m_deadlineMs - nowMs);
        m_ports.stateChanged(m_state);
        return;
    }
    m_paused = false;
    if (m_state == State::Speaking) {
        ask(nowMs); // read the question again from its start
        return;
    }
    m_deadlineMs = nowMs + m_pausedLeftMs;
    m_ports.stateChanged(m_state);
}

void MockSession::endEarly(qint64 nowMs)
{
    switch (m_state) {
    case State::Recording:
        m_endAfterAnswer = true;
        m_endAfterAnswerAs = End::ByPerson;
        m_ports.stopRecording();
        break;
    case State::Speaking:
        m_ports.stopSpeaking();
        [[fallthrough]];
    case State::Thinking:
    case State::Between:
        finish(nowMs, End::ByPerson);
        break;
    case State::Idle:
    case State::Summary:
        break;
    }
}

void MockSession::finish(qint64 nowMs, End end)
{
    m_paused = false;
    m_end = end;
    m_endedAtMs = nowMs;
    setState(State::Summary);
}

} // namespace coach
