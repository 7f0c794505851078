// The attempts panel on its own: a read-only profile, and takes whose audio is outside the profile.
#include "core/takefiles.h"
#include "media/audioplayer.h"
#include "models/attemptlistmodel.h"
#include "storage/attemptrepository.h"
#include "storage/database.h"
#include "support/profile.h"
#include "support/testsupport.h"
#include "widgets/attemptspanel.h"
#include "widgets/rubricchecklist.h"

#include <QAction>
#include <QApplication>
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
        p.panel->togglePlayback(); // the player is asked at once, or never
        QCoreApplication::processEvents();
        CHECK(p.player.path().isEmpty());
        CHECK_FALSE(p.panel->isPlaying());
        CHECK(coach::test::readFile(p.outside) == "outside");
    }
}

TEST_CASE("B on the list and the list's context menu mark the best take; again takes the mark away",
          "[widgets][attempts][best]")
{
    Panel p(takeRelativePath(QStringLiteral("be-testing-backend-code"), QDateTime::currentDateTimeUtc()));
    Attempt second;
    second.questionId = p.question;
    second.startedAt = QDateTime::currentDateTimeUtc().addSecs(60);
    second.durationMs = 4000;
    second.audioPath = takeRelativePath(p.question, second.startedAt);
    REQUIRE(p.attempts->add(second).ok());
    p.panel->reload();
    auto *list = p.child<QListView>("attemptList");
    REQUIRE(list->model()->rowCount() == 2);
    auto *best = p.child<QAction>("bestTakeAction");
    CHECK(list->contextMenuPolicy() == Qt::ActionsContextMenu);
    CHECK(list->actions().contains(best));
    CHECK(best->shortcut() == QKeySequence(Qt::Key_B));
    const auto isBest = [&](int row) {
        return list->model()->index(row, 0).data(AttemptListModel::BestRole).toBool();
    };
    const auto stored = [&](int row) {
        return p.attempts->attempt(list->model()->index(row, 0).data(AttemptListModel::IdRole).toLongLong())
            ->best;
    };

    QApplication::setActiveWindow(p.panel.get());
    list->setFocus();
    REQUIRE(coach::test::waitFor([&] { return list->hasFocus(); }));
    list->setCurrentIndex(list->model()->index(1, 0));
    QTest::keyClick(list, Qt::Key_B);
    CHECK(stored(1));
    CHECK(isBest(1));
    CHECK(best->isChecked());
    CHECK(list->model()->index(1, 0).data().toString().startsWith(AttemptListModel::bestMarker()));

    // The context menu's action on the other take moves the mark.
    list->setCurrentIndex(list->model()->index(0, 0));
    CHECK_FALSE(best->isChecked());
    best->trigger();
    CHECK(stored(0));
    CHECK_FALSE(stored(1));
    CHECK(isBest(0));
    CHECK_FALSE(isBest(1));
    CHECK(best->isChecked());

    // Again is the undo.
    QTest::keyClick(list, Qt::Key_B);
    CHECK_FALSE(stored(0));
    CHECK_FALSE(isBest(0));
    CHECK_FALSE(best->isChecked());

    // Read-only: off, with the reason.
    const QString reason = QStringLiteral("The data folder is on a read-only file system.");
    p.panel->setReadOnly(reason);
    CHECK_FALSE(best->isEnabled());
    CHECK(best->toolTip() == reason);
    CHECK_FALSE(p.panel->toggleBest());
    CHECK_FALSE(stored(0));
}
