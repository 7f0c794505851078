// The attempts panel on its own: a read-only profile, and takes whose audio is outside the profile.
#include "audio/audioplayer.h"
#include "core/takefiles.h"
#include "storage/attemptrepository.h"
#include "storage/database.h"
#include "support/profile.h"
#include "support/testsupport.h"
#include "widgets/attemptspanel.h"
#include "widgets/rubricchecklist.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace coach;
using coach::test::child;

namespace {

struct Panel
{
    QTemporaryDir root;
    QString dir = root.filePath(QStringLiteral("profile"));
    QString outside = root.filePath(QStringLiteral("outside.opus"));
    Database database;
    std::unique_ptr<AttemptRepository> attempts;
    AudioPlayer player;
    std::unique_ptr<AttemptsPanel> panel;
    QString question = QStringLiteral("be-testing-backend-code");

    // audioPath "<outside>": the absolute path of a file outside the profile.
    explicit Panel(const QString &audioPath)
    {
        coach::test::openWithBundledBank(database, QDir(dir).filePath(QStringLiteral("coach.sqlite")));
        attempts = std::make_unique<AttemptRepository>(database);
        coach::test::writeFile(outside, "outside");
        Attempt a;
        a.questionId = question;
        a.startedAt = QDateTime::currentDateTimeUtc();
        a.durationMs = 3000;
        a.audioPath = audioPath == QLatin1String("<outside>") ? outside : audioPath;
        REQUIRE(attempts->add(a).ok());
        panel = std::make_unique<AttemptsPanel>(*attempts, player, dir);
        panel->show();
        panel->setQuestionId(question);
        auto *list = panel->findChild<QListView *>(QStringLiteral("attemptList"));
        list->setCurrentIndex(list->model()->index(0, 0));
    }
    template<typename T>
    T *child(const char *name)
    {
        auto *found = panel->findChild<T *>(QString::fromLatin1(name));
        REQUIRE(found != nullptr);
        return found;
    }
};

} // namespace

TEST_CASE("Read-only: rating and notes are off, with the reason as their tooltip", "[widgets][attempts]")
{
    Panel p(takeRelativePath(QStringLiteral("be-testing-backend-code"), QDateTime::currentDateTimeUtc()));
    auto *rate3 = p.child<QPushButton>("rate3");
    auto *notes = p.child<QLineEdit>("notesEdit");
    CHECK(rate3->isEnabled());
    CHECK(notes->isEnabled());
    const QString reason = QStringLiteral("The data folder is on a read-only file system.");
    p.panel->setReadOnly(reason);
    CHECK_FALSE(rate3->isEnabled());
    CHECK_FALSE(notes->isEnabled());
    CHECK(rate3->toolTip() == reason);
    CHECK(notes->toolTip() == reason);
    CHECK_FALSE(p.panel->rateSelected(3));
    CHECK(p.child<QLabel>("attemptsMessage")->text() == reason);
    CHECK(p.attempts->forQuestion(p.question).value().first().rating == 0);
    p.panel->setReadOnly(QString());
    CHECK(rate3->isEnabled());
    CHECK(p.panel->rateSelected(3));
}

TEST_CASE("Read-only: the self-review checklist is off too, with the reason as its tooltip",
          "[widgets][attempts][rubric]")
{
    Panel p(takeRelativePath(QStringLiteral("be-testing-backend-code"), QDateTime::currentDateTimeUtc()));
    p.panel->setRubricPoints(
        {QStringLiteral("Names the test pyramid"), QStringLiteral("Mocks at the edges")});
    auto *first = p.child<QCheckBox>("rubricPoint1");
    REQUIRE(first->isVisible());
    CHECK(first->isEnabled());
    const QString reason = QStringLiteral("The data folder is on a read-only file system.");
    p.panel->setReadOnly(reason);
    CHECK_FALSE(first->isEnabled());
    CHECK(first->toolTip() == reason);
    CHECK_FALSE(p.panel->toggleRubricPoint(0));
    CHECK(p.child<QLabel>("attemptsMessage")->text() == reason);
    const qint64 id = p.panel->selectedAttemptId();
    CHECK(p.attempts->rubricTicks(id).value().isEmpty());
    p.panel->setReadOnly(QString());
    CHECK(first->isEnabled());
    CHECK(p.panel->toggleRubricPoint(0));
    CHECK(p.attempts->rubricTicks(id).value() == QList<int>{0});
    CHECK(p.panel->rubric()->coverageText() == QStringLiteral("Covered 1 of 2"));

    // Without points (a question that lists none) there is nothing to tick.
    p.panel->setRubricPoints({});
    CHECK_FALSE(p.panel->rubric()->isVisible());
    CHECK_FALSE(p.panel->toggleRubricPoint(0));
    CHECK(p.panel->rubric()->coverageText().isEmpty());
}

TEST_CASE("A take whose audio is outside the profile is never played", "[widgets][attempts][outside]")
{
    for (const char *path : {"<outside>", "../outside.opus"}) {
        INFO(path);
        Panel p(QString::fromLatin1(path));
        CHECK(p.child<QListView>("attemptList")
                  ->currentIndex()
                  .data()
                  .toString()
                  .contains(QStringLiteral("audio outside the profile")));
        p.panel->togglePlayback();
        QTest::qWait(200);
        CHECK(p.player.path().isEmpty());
        CHECK_FALSE(p.panel->isPlaying());
        CHECK(coach::test::readFile(p.outside) == "outside");
    }
}
