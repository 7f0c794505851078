#include "core/mockinterview.h"
#include "support/testsupport.h"

using namespace coach;
using State = MockSession::State;

namespace {

// Records what the session asks of its ports; the speech engine and the recorder can be made to fail.
struct FakePorts final : MockSession::Ports
{
    bool canSpeak = true;
    bool canRecord = true;
    QStringList spoken;
    QStringList recorded;
    int stopSpeakingCalls = 0;
    int stopRecordingCalls = 0;
    QList<State> states;

    bool speak(const QString &text) override
    {
        if (!canSpeak)
            return false;
        spoken << text;
        return true;
    }
    void stopSpeaking() override { ++stopSpeakingCalls; }
    bool startRecording(const QString &questionId) override
    {
        if (!canRecord)
            return false;
        recorded << questionId;
        return true;
    }
    void stopRecording() override { ++stopRecordingCalls; }
    void stateChanged(State state) override { states << state; }
};

QList<Question> questions(int n)
{
    QList<Question> list;
    for (int i = 1; i <= n; ++i) {
        Question q;
        q.id = QStringLiteral("q%1").arg(i);
        q.text = QStringLiteral("Question %1?").arg(i);
        q.categoryId = i % 2 ? QStringLiteral("odd") : QStringLiteral("even");
        list << q;
    }
    return list;
}

MockOptions options(int thinkingSeconds = 10)
{
    MockOptions o;
    o.thinkingSeconds = thinkingSeconds;
    return o;
}

} // namespace

TEST_CASE("A mock session speaks, gives time to think, records and moves on, to a summary", "[core][mock]")
{
    FakePorts ports;
    MockSession session(questions(2), options(10), ports);
    CHECK(session.state() == State::Idle);
    session.start(1000);
    CHECK(session.state() == State::Speaking);
    CHECK(ports.spoken == QStringList{QStringLiteral("Question 1?")});
    CHECK(session.currentIndex() == 0);

    session.tick(5000); // the clock alone does not interrupt the reading
    CHECK(session.state() == State::Speaking);
    session.speechFinished(6000);
    CHECK(session.state() == State::Thinking);
    CHECK(session.thinkingLeftMs(6000) == 10000);
    session.tick(15999);
    CHECK(session.state() == State::Thinking);
    CHECK(session.thinkingLeftMs(15999) == 1);
    session.tick(16000);
    CHECK(session.state() == State::Recording);
    CHECK(ports.recorded == QStringList{QStringLiteral("q1")});

    session.next(40000); // the answer ends with the usual key
    CHECK(ports.stopRecordingCalls == 1);
    CHECK(session.state() == State::Recording); // until the recorder hands the take over
    session.recordingFinished(11, 24000, false, 40100);
    CHECK(session.state() == State::Between);
    session.tick(40100 + MockSession::kBetweenMs - 1);
    CHECK(session.state() == State::Between);
    session.tick(40100 + MockSession::kBetweenMs);
    CHECK(session.state() == State::Speaking);
    CHECK(session.currentIndex() == 1);

    session.next(42000); // stop the reading: straight to thinking
    CHECK(ports.stopSpeakingCalls == 1);
    CHECK(session.state() == State::Thinking);
    session.next(43000); // and skip the thinking time
    CHECK(session.state() == State::Recording);
    // The recorder stops by itself at the cap.
    session.recordingFinished(12, 180000, true, 223000);
    CHECK(session.state() == State::Summary);
    CHECK(session.end() == MockSession::End::Completed);
    REQUIRE(session.answers().size() == 2);
    CHECK(session.answers().at(0).attemptId == 11);
    CHECK(session.answers().at(0).durationMs == 24000);
    CHECK(session.answers().at(1).reachedCap);
    CHECK(session.totalMs() == 222000);
    CHECK(ports.states == QList<State>{State::Speaking, State::Thinking, State::Recording, State::Between,
                                       State::Speaking, State::Thinking, State::Recording, State::Summary});
}

TEST_CASE("Skip, pause and end early are always one key away", "[core][mock]")
{
    FakePorts ports;
    MockSession session(questions(3), options(10), ports);
    session.start(0);

    SECTION("skip while reading and while thinking leaves the questions unanswered")
    {
        session.skip(100);
        CHECK(ports.stopSpeakingCalls == 1);
        CHECK(session.currentIndex() == 1);
        CHECK(session.state() == State::Speaking);
        session.speechFinished(2000);
        session.skip(2500);
        CHECK(session.currentIndex() == 2);
        REQUIRE(session.answers().size() == 2);
        CHECK(session.answers().at(0).attemptId == 0);
        // Skipping while recording keeps what was said.
        session.speechFinished(3000);
        session.next(3100);
        REQUIRE(session.state() == State::Recording);
        session.skip(9000);
        CHECK(ports.stopRecordingCalls == 1);
        session.recordingFinished(5, 5900, false, 9100);
        CHECK(session.state() == State::Summary);
        CHECK(session.answers().at(2).attemptId == 5);
    }
    SECTION("pause holds the thinking time and the reading; resuming reads the question again")
    {
        session.speechFinished(1000); // thinking until 11000
        session.togglePause(4000);
        CHECK(session.isPaused());
        session.tick(20000);
        CHECK(session.state() == State::Thinking);
        CHECK(session.thinkingLeftMs(20000) == 7000);
        session.togglePause(30000);
        CHECK(session.thinkingLeftMs(30000) == 7000);
        session.tick(36999);
        CHECK(session.state() == State::Thinking);
        session.tick(37000);
        CHECK(session.state() == State::Recording);
        // Not while recording: the answer goes on.
        session.togglePause(38000);
        CHECK_FALSE(session.isPaused());
        session.recordingFinished(1, 1000, false, 39000);
        session.tick(39000 + MockSession::kBetweenMs);
        REQUIRE(session.state() == State::Speaking);
        session.togglePause(41000);
        CHECK(ports.stopSpeakingCalls == 1);
        session.speechFinished(41100); // the engine reports the interrupted reading: ignored while paused
        CHECK(session.state() == State::Speaking);
        session.togglePause(50000);
        CHECK(ports.spoken.size() == 3);
        CHECK(ports.spoken.last() == QStringLiteral("Question 2?"));
    }
    SECTION("end early while thinking goes straight to the summary")
    {
        session.speechFinished(1000);
        session.endEarly(2000);
        CHECK(session.state() == State::Summary);
        CHECK(session.end() == MockSession::End::ByPerson);
        CHECK(session.answers().isEmpty());
    }
    SECTION("end early while recording keeps the answer, then ends")
    {
        session.next(500);
        session.next(600);
        REQUIRE(session.state() == State::Recording);
        session.endEarly(5000);
        CHECK(ports.stopRecordingCalls == 1);
        CHECK(session.state() == State::Recording);
        session.recordingFinished(9, 4400, false, 5100);
        CHECK(session.state() == State::Summary);
        CHECK(session.end() == MockSession::End::ByPerson);
        REQUIRE(session.answers().size() == 1);
        CHECK(session.answers().at(0).attemptId == 9);
    }
    SECTION("end early while reading stops the voice")
    {
        session.endEarly(100);
        CHECK(ports.stopSpeakingCalls == 1);
        CHECK(session.state() == State::Summary);
    }
}

TEST_CASE("Without a speech engine the session goes on with text only and says so once", "[core][mock]")
{
    FakePorts ports;
    ports.canSpeak = false;
    MockSession session(questions(2), options(2), ports);
    session.start(0);
    CHECK(session.state() == State::Thinking);
    CHECK(session.speechUnavailable());
    session.tick(2000);
    CHECK(session.state() == State::Recording);
    session.recordingFinished(1, 900, false, 3000);
    session.tick(3000 + MockSession::kBetweenMs);
    CHECK(session.state() == State::Thinking); // the second question: no second attempt to speak
    CHECK(ports.spoken.isEmpty());

    SECTION("text only by choice does not count as missing")
    {
        FakePorts quiet;
        MockOptions o = options(0);
        o.speak = false;
        MockSession textOnly(questions(1), o, quiet);
        textOnly.start(0);
        CHECK_FALSE(textOnly.speechUnavailable());
        CHECK(textOnly.state() == State::Recording); // no thinking time at all
    }
}

TEST_CASE("A recorder error mid-session ends it cleanly and keeps what was recorded", "[core][mock]")
{
    FakePorts ports;
    MockSession session(questions(3), options(1), ports);
    session.start(0);
    session.speechFinished(100);
    session.tick(1100);
    REQUIRE(session.state() == State::Recording);
    session.recordingFailed(QStringLiteral("The microphone was disconnected."), 5000);
    CHECK(session.state() == State::Recording);
    session.recordingFinished(21, 3900, false, 5100);
    CHECK(session.state() == State::Summary);
    CHECK(session.end() == MockSession::End::RecorderProblem);
    CHECK(session.problem() == QStringLiteral("The microphone was disconnected."));
    REQUIRE(session.answers().size() == 1);
    CHECK(session.answers().at(0).attemptId == 21);

    SECTION("a recorder that cannot start ends the session at once")
    {
        FakePorts broken;
        broken.canRecord = false;
        MockSession other(questions(2), options(0), broken);
        broken.canSpeak = false;
        other.start(0);
        CHECK(other.state() == State::Summary);
        CHECK(other.end() == MockSession::End::RecorderProblem);
    }
}

TEST_CASE("Mock questions are chosen by the order asked for, within the chosen categories", "[core][mock]")
{
    const QDate today(2026, 11, 28);
    const QList<Question> all = questions(6);
    QList<QuestionReview> reviews;
    const auto reviewed = [&](int n, int dueInDays) {
        QuestionReview r;
        r.questionId = QStringLiteral("q%1").arg(n);
        r.practised = true;
        r.state.lastReview = today.addDays(-1);
        r.state.due = today.addDays(dueInDays);
        r.state.intervalDays = 1 + dueInDays;
        reviews << r;
    };
    reviewed(1, 5);  // later
    reviewed(2, -3); // overdue by 3
    reviewed(3, -1); // overdue by 1
    reviewed(4, 2);  // later, sooner than q1
    // q5 and q6 never practised

    MockOptions o;
    o.questionCount = 6;
    CHECK(chooseMockQuestions(all, reviews, o, today, std::nullopt, 1) ==
          QStringList{QStringLiteral("q2"), QStringLiteral("q3"), QStringLiteral("q5"), QStringLiteral("q6"),
                      QStringLiteral("q4"), QStringLiteral("q1")});
    o.order = MockOptions::Order::NeverPractisedFirst;
    o.questionCount = 3;
    CHECK(chooseMockQuestions(all, reviews, o, today, std::nullopt, 1) ==
          QStringList{QStringLiteral("q5"), QStringLiteral("q6"), QStringLiteral("q2")});
    o.order = MockOptions::Order::DueFirst;
    o.categoryIds = {QStringLiteral("even")};
    CHECK(chooseMockQuestions(all, reviews, o, today, std::nullopt, 1) ==
          QStringList{QStringLiteral("q2"), QStringLiteral("q6"), QStringLiteral("q4")});

    o.order = MockOptions::Order::Random;
    o.categoryIds.clear();
    o.questionCount = 6;
    const QStringList shuffled = chooseMockQuestions(all, reviews, o, today, std::nullopt, 7);
    CHECK(shuffled.size() == 6);
    QStringList sorted = shuffled;
    sorted.sort();
    CHECK(sorted == QStringList{QStringLiteral("q1"), QStringLiteral("q2"), QStringLiteral("q3"),
                                QStringLiteral("q4"), QStringLiteral("q5"), QStringLiteral("q6")});
    CHECK(chooseMockQuestions(all, reviews, o, today, std::nullopt, 7) == shuffled); // the seed decides
}

TEST_CASE("With the option, one follow-up is asked after an answer and answered as its own take",
          "[core][mock]")
{
    FakePorts ports;
    QList<Question> qs = questions(3);
    qs[0].followUps = {QStringLiteral("How did you measure it?"), QStringLiteral("What would you change?")};
    qs[2].followUps = {QStringLiteral("Who else was involved?")};
    MockOptions o = options(0);
    o.askFollowUp = true;
    MockSession session(qs, o, ports);
    session.start(0);
    session.speechFinished(100); // no thinking time: recording at once
    REQUIRE(session.state() == State::Recording);
    CHECK_FALSE(session.isFollowUp());
    session.next(5000);
    session.recordingFinished(11, 4900, false, 5000);

    // The pause leads to the question's first follow-up, read aloud like a question.
    CHECK(session.state() == State::Between);
    CHECK(session.followUpNext());
    CHECK(session.currentText() == QStringLiteral("Question 1?"));
    session.tick(5000 + MockSession::kBetweenMs);
    CHECK(session.state() == State::Speaking);
    CHECK(session.isFollowUp());
    CHECK(session.currentText() == QStringLiteral("How did you measure it?"));
    CHECK(ports.spoken.constLast() == QStringLiteral("How did you measure it?"));
    CHECK(session.currentIndex() == 0);
    CHECK(session.followUpOf() == 11);
    session.speechFinished(7000);
    REQUIRE(session.state() == State::Recording);
    CHECK(ports.recorded == QStringList{QStringLiteral("q1"), QStringLiteral("q1")});
    session.next(9000);
    session.recordingFinished(12, 1900, false, 9000);

    // Then the next question; it has no follow-ups, so none is asked.
    CHECK_FALSE(session.followUpNext());
    session.tick(9000 + MockSession::kBetweenMs);
    CHECK(session.currentIndex() == 1);
    CHECK_FALSE(session.isFollowUp());
    CHECK(session.followUpOf() == 0);
    CHECK(session.currentText() == QStringLiteral("Question 2?"));
    session.speechFinished(11000);
    session.next(12000);
    session.recordingFinished(13, 900, false, 12000);
    CHECK_FALSE(session.followUpNext());
    session.tick(12000 + MockSession::kBetweenMs);

    // The last question's follow-up is skipped: the interview ends.
    session.speechFinished(14000);
    session.next(15000);
    session.recordingFinished(14, 900, false, 15000);
    session.tick(15000 + MockSession::kBetweenMs);
    REQUIRE(session.isFollowUp());
    session.skip(16000);
    CHECK(session.state() == State::Summary);
    CHECK(session.end() == MockSession::End::Completed);

    const QList<MockSession::Answer> answers = session.answers();
    REQUIRE(answers.size() == 5);
    CHECK(answers.at(0).followUp.isEmpty());
    CHECK(answers.at(1).questionId == QStringLiteral("q1"));
    CHECK(answers.at(1).attemptId == 12);
    CHECK(answers.at(1).followUp == QStringLiteral("How did you measure it?"));
    CHECK(answers.at(1).followUpOf == 11);
    CHECK(answers.at(2).followUpOf == 0);
    CHECK(answers.at(4).attemptId == 0);
    CHECK(answers.at(4).followUp == QStringLiteral("Who else was involved?"));
    CHECK(answers.at(4).followUpOf == 14);
}

TEST_CASE("No follow-up without the option, or after a question left unanswered", "[core][mock]")
{
    FakePorts ports;
    QList<Question> qs = questions(2);
    qs[0].followUps = {QStringLiteral("And then?")};
    qs[1].followUps = {QStringLiteral("Why?")};
    SECTION("option off")
    {
        MockSession session(qs, options(0), ports);
        session.start(0);
        session.speechFinished(100);
        session.next(1000);
        session.recordingFinished(1, 900, false, 1000);
        CHECK_FALSE(session.followUpNext());
        session.tick(1000 + MockSession::kBetweenMs);
        CHECK(session.currentIndex() == 1);
    }
    SECTION("skipped question")
    {
        MockOptions o = options(0);
        o.askFollowUp = true;
        MockSession session(qs, o, ports);
        session.start(0);
        session.skip(100);
        CHECK(session.currentIndex() == 1);
        CHECK_FALSE(session.isFollowUp());
        CHECK(ports.spoken == QStringList({QStringLiteral("Question 1?"), QStringLiteral("Question 2?")}));
    }
}
