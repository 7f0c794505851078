#include "core/mockinterview.h"
#include "models/mocksummarymodel.h"
#include "support/speech.h"
#include "widgets/mockinterviewwindow.h"
#include "widgets/rubricchecklist.h"
#include "widgets/windowfixture.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QTableView>

#include <cstdio>

using namespace coach;
using coach::test::child;

TEST_CASE("A mock interview in the real window: read aloud, recorded, summed up and rated", "[widgets][mock]")
{
    coach::test::requireAudioHarness();
    Fixture fixture;
    auto window = fixture.window();
    MockOptions options;
    options.questionCount = 1;
    options.thinkingSeconds = 0;
    options.order = MockOptions::Order::NeverPractisedFirst;
    MockInterviewWindow *mock = window->startMockInterview(options);
    REQUIRE(mock != nullptr);
    REQUIRE(mock->isVisible());
    const MockSession *session = mock->session();
    REQUIRE(session->questionCount() == 1);
    CHECK(child<QLabel>(*mock, "mockQuestion")->text() ==
          QStringLiteral("Tell me about yourself as a backend engineer."));

    // flite reads the question; recording starts as soon as it is done (no thinking time here).
    REQUIRE(coach::test::waitFor([&] { return session->state() == MockSession::State::Recording; }, 30000));
    CHECK_FALSE(session->speechUnavailable());
    REQUIRE(mock->speechLatenciesMs().size() == 1);
    std::printf("mock interview: the reading started %lld ms after the question was shown\n",
                static_cast<long long>(mock->speechLatenciesMs().first()));
    CHECK(child<QLabel>(*mock, "mockStatus")->text().contains(QStringLiteral("Recording")));
    // Answered once the take's file holds more than a second (it grows page by page).
    const QString recordings = QDir(fixture.dir.path()).filePath(QStringLiteral("recordings"));
    REQUIRE(coach::test::waitFor([&] { return coach::test::partialTakeMs(recordings) > 1250; }, 30000));
    mock->next();
    REQUIRE(coach::test::waitFor([&] { return session->state() == MockSession::State::Summary; }, 10000));
    CHECK(mock->windowTitle() == QStringLiteral("Mock Interview: Summary"));
    REQUIRE(mock->summary()->rowCount() == 1);
    CHECK(mock->summary()->answeredCount() == 1);
    const Attempt *answer = mock->summary()->attempt(0);
    REQUIRE(answer != nullptr);
    CHECK(answer->mockSessionId == mock->sessionId());
    CHECK(answer->durationMs > 1000);
    const auto stored = fixture.mockSessions->session(mock->sessionId());
    REQUIRE(stored.ok());
    CHECK(stored->endedAt.isValid());
    CHECK(stored->questionIds == QStringList{QStringLiteral("be-tell-me-about-yourself")});

    // Rated in the summary with a key; the question's list in the main window shows the take.
    QApplication::setActiveWindow(mock);
    REQUIRE(QTest::qWaitForWindowActive(mock));
    QTest::keyClick(child<QTableView>(*mock, "mockSummaryTable"), Qt::Key_4);
    CHECK(fixture.attempts->attempt(answer->id)->rating == 4);
    CHECK(mock->summary()->index(0, MockSummaryModel::RatingColumn).data().toString() ==
          QStringLiteral("4 Easy"));
    CHECK(fixture.mockSessions->attempts(mock->sessionId())->size() == 1);

    // Its points are a checklist there too: key 5 ticks the first, and the summary counts it.
    auto *rubric = child<RubricChecklist>(*mock, "rubricChecklist");
    REQUIRE(rubric->isVisible());
    CHECK(rubric->attemptId() == answer->id);
    QTest::keyClick(child<QTableView>(*mock, "mockSummaryTable"), Qt::Key_5);
    CHECK(fixture.attempts->rubricTicks(answer->id).value() == QList<int>{0});
    CHECK(mock->summary()->index(0, MockSummaryModel::CoverageColumn).data().toString() ==
          QStringLiteral("1 of 4"));
    CHECK(child<QLabel>(*mock, "rubricCoverage")->text() == QStringLiteral("Covered 1 of 4"));
    mock->close();
}
