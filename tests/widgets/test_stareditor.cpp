#include "core/bankloader.h"
#include "models/storylistmodel.h"
#include "storage/database.h"
#include "storage/questionrepository.h"
#include "storage/storyrepository.h"
#include "support/profile.h"
#include "support/testsupport.h"
#include "widgets/competencycompleter.h"
#include "widgets/linkstorydialog.h"
#include "widgets/practiseview.h"
#include "widgets/stareditor.h"
#include "widgets/starpartedit.h"
#include "widgets/storiesdialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace coach;
using coach::test::child;

namespace {

struct Desk
{
    QTemporaryDir dir;
    Database database;
    std::unique_ptr<QuestionRepository> questions;
    std::unique_ptr<StoryRepository> stories;
    QList<Question> all;

    Desk()
    {
        test::openWithBundledBank(database, dir.filePath(QStringLiteral("coach.sqlite")));
        questions = std::make_unique<QuestionRepository>(database);
        stories = std::make_unique<StoryRepository>(database);
        all = questions->questions().value();
    }
    const Question &question(const QString &id) const
    {
        const auto it = std::find_if(all.begin(), all.end(), [&](const Question &q) { return q.id == id; });
        REQUIRE(it != all.end());
        return *it;
    }
};

const QString kPerformance = QStringLiteral("be-improved-backend-performance");
const QString kTradeoff = QStringLiteral("be-speed-vs-quality-tradeoff");

} // namespace

TEST_CASE("Writing a STAR story: live figures, hints, autosave and switching questions", "[widgets][star]")
{
    Desk desk;
    StarEditor editor(*desk.stories, QStringLiteral("en"));
    editor.resize(700, 800);
    editor.show();
    editor.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&editor));
    editor.setQuestion(&desk.question(kPerformance));
    CHECK_FALSE(editor.hasStory());
    CHECK(child<QLabel>(editor, "emptyLabel")->isVisible());

    editor.newStory();
    REQUIRE(editor.hasStory());
    auto *title = child<QLineEdit>(editor, "titleEdit");
    CHECK(title->hasFocus());
    QTest::keyClicks(title, QStringLiteral("The slow checkout"));
    auto *situation = child<QPlainTextEdit>(editor, "situationEdit");
    auto *action = child<QPlainTextEdit>(editor, "actionEdit");
    auto *result = child<QPlainTextEdit>(editor, "resultEdit");
    QTest::keyClicks(situation, QStringLiteral("Our checkout got slow every evening when traffic doubled."));
    QTest::keyClicks(action, QStringLiteral("We profiled it and we added an index."));

    // Figures follow the typing: 9 words in the Situation, 8 in the Action.
    CHECK(child<QLabel>(editor, "situationStats")->text().startsWith(QStringLiteral("9 words")));
    CHECK(child<QLabel>(editor, "actionStats")->text().contains(QStringLiteral("8 words")));
    auto kinds = [&] {
        QList<StarHint::Kind> k;
        for (const StarHint &h : editor.hints())
            k << h.kind;
        return k;
    };
    CHECK(kinds().contains(StarHint::Kind::ActionWithoutI));
    CHECK(kinds().contains(StarHint::Kind::SituationLongerThanAction));
    CHECK(kinds().contains(StarHint::Kind::EmptyPart));
    CHECK(child<QLabel>(editor, "hintsLabel")->text().contains(QStringLiteral("never")));

    QTest::keyClicks(action,
                     QStringLiteral(" I read the query plans, found the full scan on orders and I wrote the "
                                    "migration that added the index without locking the table."));
    QTest::keyClicks(result, QStringLiteral("Checkout was fast again."));
    CHECK_FALSE(kinds().contains(StarHint::Kind::ActionWithoutI));
    CHECK_FALSE(kinds().contains(StarHint::Kind::SituationLongerThanAction));
    CHECK(kinds().contains(StarHint::Kind::ResultWithoutMeasure));
    QTest::keyClicks(result, QStringLiteral(" The slowest requests fell from 2 s to 200 ms."));
    CHECK_FALSE(kinds().contains(StarHint::Kind::ResultWithoutMeasure));

    // Saved within a second of the typing stopping, with no button.
    auto *saved = child<QLabel>(editor, "savedLabel");
    CHECK(saved->text() == QStringLiteral("Editing…"));
    REQUIRE(test::waitFor([&] { return saved->text() == QStringLiteral("Saved"); }, 2000));
    const qint64 id = editor.currentStory()->id;
    auto stored = desk.stories->story(id);
    REQUIRE(stored.ok());
    CHECK(stored->title == QStringLiteral("The slow checkout"));
    CHECK(stored->draft.result.contains(QStringLiteral("200 ms")));

    // Undo works in each field.
    const QString before = result->toPlainText();
    QTest::keyClicks(result, QStringLiteral(" Extra."));
    result->undo();
    CHECK(result->toPlainText().size() < before.size() + 7);

    // Away and back: the story is there, and the session left a revision.
    editor.setQuestion(&desk.question(kTradeoff));
    CHECK_FALSE(editor.hasStory());
    editor.setQuestion(&desk.question(kPerformance));
    REQUIRE(editor.hasStory());
    CHECK(situation->toPlainText().startsWith(QStringLiteral("Our checkout")));
    CHECK(desk.stories->revisions(id)->size() == 1);

    SECTION("a revision can be restored, and the restore undone by restoring again")
    {
        const QString kept = action->toPlainText();
        action->selectAll();
        QTest::keyClicks(action, QStringLiteral("I did everything."));
        REQUIRE(editor.flush().ok());
        auto revisions = desk.stories->revisions(id);
        REQUIRE(revisions->size() == 2);
        CHECK(revisions->first().draft.action == QStringLiteral("I did everything."));
        // Restore the older one.
        QMetaObject::invokeMethod(
            &editor, [&] {}, Qt::QueuedConnection);
        const StoryRevision older = revisions->at(1);
        CHECK(older.draft.action == kept);
        editor.setProperty("restoreForTest", QVariant());
        // Through the same path the dialog uses.
        QTimer::singleShot(0, [&] {
            auto *dialog = qApp->activeModalWidget();
            REQUIRE(dialog != nullptr);
            QMetaObject::invokeMethod(dialog, "choose", Q_ARG(int, 1));
            QMetaObject::invokeMethod(dialog, "accept");
        });
        editor.showRevisions();
        CHECK(action->toPlainText() == kept);
        CHECK(desk.stories->story(id)->draft.action == kept);
        // What was replaced is itself a revision now.
        revisions = desk.stories->revisions(id);
        CHECK(std::any_of(revisions->begin(), revisions->end(), [](const StoryRevision &r) {
            return r.draft.action == QStringLiteral("I did everything.");
        }));
    }
    SECTION("the practise view shows the draft in large text and follows edits")
    {
        editor.showPractiseView();
        auto *view = editor.window()->findChild<PractiseView *>(QStringLiteral("practiseView"));
        REQUIRE(view != nullptr);
        CHECK(view->isVisible());
        CHECK(view->text().contains(QStringLiteral("full scan on orders")));
        QTest::keyClicks(result, QStringLiteral(" Sales went up."));
        CHECK(view->text().contains(QStringLiteral("Sales went up.")));
    }
}

TEST_CASE("The STAR editor builds its form when first shown, and follows the question before",
          "[widgets][star]")
{
    Desk desk;
    auto created = desk.stories->create(QStringLiteral("Double charges"), kTradeoff);
    REQUIRE(created.ok());
    Story story = created.value();
    story.draft.situation = QStringLiteral("Orders were charged twice.");
    REQUIRE(desk.stories->save(story).ok());

    StarEditor editor(*desk.stories, QStringLiteral("en"));
    editor.setWordsPerMinute(150);
    editor.setQuestion(&desk.question(kPerformance));
    CHECK_FALSE(editor.hasStory());
    editor.setQuestion(&desk.question(kTradeoff));
    // The linked story is known, its hints are there, and no widget was made for it yet.
    REQUIRE(editor.hasStory());
    CHECK(editor.currentStory()->draft.situation == QStringLiteral("Orders were charged twice."));
    CHECK_FALSE(editor.hints().isEmpty());
    CHECK(editor.findChildren<QWidget *>().isEmpty());
    CHECK(editor.competencyCompleter() == nullptr);

    editor.show();
    CHECK(child<QLineEdit>(editor, "titleEdit")->text() == QStringLiteral("Double charges"));
    CHECK(child<QPlainTextEdit>(editor, "situationEdit")->toPlainText() ==
          QStringLiteral("Orders were charged twice."));
    CHECK(child<QLabel>(editor, "savedLabel")->text() == QStringLiteral("Saved"));
    CHECK(child<QLabel>(editor, "totalLabel")->text().contains(QStringLiteral("150 words a minute")));
    CHECK(child<QComboBox>(editor, "storyCombo")->currentText() == QStringLiteral("Double charges"));
    CHECK(child<QWidget>(editor, "draftPane")->isVisible());
    CHECK(editor.competencyCompleter() != nullptr);

    // Typing into the form that was built late is saved like any edit.
    QTest::keyClicks(child<QPlainTextEdit>(editor, "taskEdit"), QStringLiteral("Stop the double charges."));
    REQUIRE(editor.flush().ok());
    CHECK(desk.stories->story(story.id)->draft.task == QStringLiteral("Stop the double charges."));
}

TEST_CASE("One story answers several questions; the bank shows what is not covered", "[widgets][star]")
{
    Desk desk;
    auto story = desk.stories->create(QStringLiteral("Double charges"), kPerformance);
    REQUIRE(story.ok());
    Story s = story.value();
    s.tags = {QStringLiteral("ownership"), QStringLiteral("debugging under pressure")};
    s.draft.situation = QStringLiteral("Orders were charged twice.");
    const Status savedStory = desk.stories->save(s);
    INFO(savedStory.error());
    REQUIRE(savedStory.ok());
    REQUIRE(desk.stories->link(s.id, kTradeoff).ok());

    StarEditor editor(*desk.stories, QStringLiteral("en"));
    editor.setQuestion(&desk.question(kTradeoff));
    REQUIRE(editor.hasStory());
    CHECK(editor.currentStory()->title == QStringLiteral("Double charges"));
    editor.show();

    StoriesDialog bank(*desk.stories, *desk.questions);
    const QStringList open = bank.uncoveredQuestions();
    CHECK_FALSE(open.contains(desk.question(kPerformance).text));
    CHECK_FALSE(open.contains(desk.question(kTradeoff).text));
    CHECK(open.contains(desk.question(QStringLiteral("be-difficult-bug-or-outage")).text));
    CHECK_FALSE(bank.uncoveredCompetencies().contains(QStringLiteral("ownership")));
    CHECK(bank.uncoveredCompetencies().contains(QStringLiteral("collaboration")));

    const QString path = desk.dir.filePath(QStringLiteral("stories.md"));
    REQUIRE(bank.exportMarkdown(path).ok());
    const QString md = QString::fromUtf8(test::readFile(path));
    CHECK(md.startsWith(QStringLiteral("# Double charges")));
    CHECK(md.contains(QStringLiteral("## Situation\n\nOrders were charged twice.")));
    CHECK(md.contains(desk.question(kTradeoff).text));

    // An export that cannot be written says so and leaves nothing behind.
    const auto failed = bank.exportMarkdown(desk.dir.filePath(QStringLiteral("no/such/folder/stories.md")));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().contains(QStringLiteral("cannot be written")));

    // The editor lets go of a story deleted in the bank instead of saving it again.
    QObject::connect(&bank, &StoriesDialog::storiesRemoved, &editor, &StarEditor::forgetStories);
    QTest::keyClicks(child<QPlainTextEdit>(editor, "taskEdit"), QStringLiteral("Unsaved words."));
    REQUIRE(desk.stories->remove(s.id).ok());
    Q_EMIT bank.storiesRemoved({s.id});
    CHECK_FALSE(editor.hasStory());
    CHECK(editor.flush().ok());
    REQUIRE(desk.stories->create(QStringLiteral("Double charges"), kPerformance).ok());
    s = desk.stories->forQuestion(kPerformance)->first();

    // Deleting the story removes its links and revisions, never a question.
    REQUIRE(desk.stories->addRevision(s).ok());
    REQUIRE(desk.stories->remove(s.id).ok());
    CHECK(desk.questions->questions()->size() == 20);
    CHECK(desk.stories->forQuestion(kTradeoff)->isEmpty());
    CHECK(desk.stories->revisions(s.id)->isEmpty());
}

TEST_CASE("The hints say which language they check, and switch off for others", "[widgets][star]")
{
    Desk desk;
    StarEditor english(*desk.stories, QStringLiteral("en"));
    english.show();
    CHECK(child<QLabel>(english, "checksLabel")->text().contains(QStringLiteral("English")));
    StarEditor french(*desk.stories, QStringLiteral("fr"));
    french.show();
    CHECK(child<QLabel>(french, "checksLabel")->text().contains(QStringLiteral("switched off")));
    french.setQuestion(&desk.question(kPerformance));
    french.newStory();
    QTest::keyClicks(child<QPlainTextEdit>(french, "actionEdit"), QStringLiteral("Nous avons tout refait."));
    CHECK(french.hints().isEmpty());
}

TEST_CASE("A megabyte pasted into a part stays responsive and is saved", "[widgets][star]")
{
    Desk desk;
    StarEditor editor(*desk.stories, QStringLiteral("en"));
    editor.setQuestion(&desk.question(kPerformance));
    editor.newStory();
    REQUIRE(editor.hasStory());
    QString big;
    while (big.size() < 1024 * 1024)
        big += QStringLiteral("I measured the latency of every endpoint and we fixed 3 of them. ");
    auto *action = child<QPlainTextEdit>(editor, "actionEdit");
    QElapsedTimer timer;
    timer.start();
    action->setPlainText(big); // the same signal path as a paste
    const qint64 pasteMs = timer.elapsed();
    // The editor's own share: counting the words and running the checks on the pasted draft.
    QElapsedTimer figures;
    figures.start();
    const StarFigures measured = measureStarDraft(editor.currentStory()->draft);
    const auto hints =
        StarChecks::check(editor.currentStory()->draft, StarChecks::currentWords(QStringLiteral("en")));
    WARN("a 1 MB paste: " << pasteMs
                          << " ms in all (most of it the text field's layout); word counts and hints "
                          << figures.elapsed() << " ms");
    CHECK(measured.words[2] == countWords(big));
    CHECK(hints.size() == 3); // the three empty parts
    CHECK(child<QLabel>(editor, "actionStats")->text().contains(QString::number(countWords(big))));
    REQUIRE(editor.flush().ok());
    CHECK(desk.stories->story(editor.currentStory()->id)->draft.action.size() == big.size());
}

TEST_CASE("A competency completes from the known ones, also after a comma", "[widgets][star][competencies]")
{
    Desk desk;
    auto earlier = desk.stories->create(QStringLiteral("The outage review"), kPerformance);
    REQUIRE(earlier.ok());
    Story tagged = earlier.value();
    tagged.tags = {QStringLiteral("incident review")};
    REQUIRE(desk.stories->save(tagged).ok());

    StarEditor editor(*desk.stories, QStringLiteral("en"));
    editor.resize(700, 800);
    editor.show();
    QApplication::setActiveWindow(&editor);
    editor.setQuestion(&desk.question(kTradeoff));
    editor.newStory();
    REQUIRE(editor.hasStory());
    CompetencyCompleter *completer = editor.competencyCompleter();
    // The usual competencies and those the person's stories use.
    CHECK(completer->competencies().contains(QStringLiteral("debugging under pressure")));
    CHECK(completer->competencies().contains(QStringLiteral("incident review")));

    auto *tags = child<QLineEdit>(editor, "tagsEdit");
    CHECK(tags->completer() == completer);
    tags->setFocus();
    REQUIRE(test::waitFor([&] { return tags->hasFocus(); }));
    QTest::keyClicks(tags, QStringLiteral("ownership, debu"));
    CHECK(completer->completionPrefix() == QStringLiteral("ownership, debu"));
    REQUIRE(completer->completionCount() == 1);
    // The competencies before the comma stay.
    CHECK(completer->currentCompletion() == QStringLiteral("ownership, debugging under pressure"));
    REQUIRE(test::waitFor([&] { return completer->popup()->isVisible(); }));
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    CHECK(tags->text() == QStringLiteral("ownership, debugging under pressure"));

    // Any word of a competency finds it.
    tags->clear();
    QTest::keyClicks(tags, QStringLiteral("review"));
    REQUIRE(completer->completionCount() == 1);
    CHECK(completer->currentCompletion() == QStringLiteral("incident review"));
}

TEST_CASE("Linking a story shows the chosen story's text before it is linked", "[widgets][star][link]")
{
    Desk desk;
    QList<qint64> ids;
    for (const auto &[title, situation] :
         {std::pair{QStringLiteral("Double charges"), QStringLiteral("Orders were charged twice.")},
          std::pair{QStringLiteral("The migration"), QStringLiteral("We moved 40 services in a quarter.")}}) {
        auto created = desk.stories->create(title, kPerformance);
        REQUIRE(created.ok());
        Story s = created.value();
        s.draft.situation = situation;
        s.draft.result = QStringLiteral("Nobody noticed.");
        s.tags = {QStringLiteral("ownership")};
        REQUIRE(desk.stories->save(s).ok());
        ids << s.id;
    }
    {
        LinkStoryDialog dialog(desk.stories->all().value());
        auto *link = child<QPushButton>(dialog, "linkButton");
        CHECK(link->isEnabled());
        CHECK(dialog.chosenStoryId() == ids[0]); // by title
        CHECK(dialog.previewText().contains(QStringLiteral("Orders were charged twice.")));
        dialog.choose(1);
        CHECK(dialog.chosenStoryId() == ids[1]);
        const QString shown = dialog.previewText();
        CHECK(shown.contains(QStringLiteral("The migration")));
        CHECK(shown.contains(QStringLiteral("We moved 40 services in a quarter.")));
        CHECK(shown.contains(QStringLiteral("Nobody noticed.")));
        CHECK(shown.contains(QStringLiteral("ownership")));
        CHECK_FALSE(shown.contains(QStringLiteral("Orders were charged twice.")));
    }

    // From the editor: the story chosen in the dialog is linked.
    StarEditor editor(*desk.stories, QStringLiteral("en"));
    editor.setQuestion(&desk.question(kTradeoff));
    CHECK_FALSE(editor.hasStory());
    bool previewed = false;
    QTimer::singleShot(0, &editor, [&] {
        auto *dialog = qobject_cast<LinkStoryDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        dialog->choose(1);
        previewed = dialog->previewText().contains(QStringLiteral("We moved 40 services"));
        dialog->accept();
    });
    editor.linkExistingStory();
    CHECK(previewed);
    REQUIRE(editor.hasStory());
    CHECK(editor.currentStory()->id == ids[1]);
    CHECK(desk.stories->linkedQuestions(ids[1])->contains(kTradeoff));
}

namespace {

void checkStoryColumns(StoriesDialog &bank, const QString &title, const QString &competencies)
{
    auto *table = child<QTableView>(bank, "storyTable");
    const QHeaderView *header = table->horizontalHeader();
    const QFontMetrics metrics = table->fontMetrics();
    const int cap = StoriesDialog::kMostColumnChars * metrics.averageCharWidth();
    CHECK(header->sectionSize(StoryListModel::TitleColumn) >=
          std::min(metrics.horizontalAdvance(title), cap));
    CHECK(header->sectionSize(StoryListModel::TagsColumn) >=
          std::min(metrics.horizontalAdvance(competencies), cap));
    CHECK(header->sectionSize(StoryListModel::TitleColumn) <= cap);
}

// A story of the given title for kPerformance, saved with two competencies.
Story storyWithCompetencies(Desk &desk, const QString &title)
{
    auto created = desk.stories->create(title, kPerformance);
    REQUIRE(created.ok());
    Story s = created.value();
    s.tags = {QStringLiteral("debugging under pressure"), QStringLiteral("ownership")};
    REQUIRE(desk.stories->save(s).ok());
    return s;
}

} // namespace

TEST_CASE("The story bank's title and competency columns fit their text", "[widgets][star][bank]")
{
    Desk desk;
    const QString title = QStringLiteral("The double-charge outage on Black Friday");
    Story s = storyWithCompetencies(desk, title);
    REQUIRE(desk.stories->create(QStringLiteral("Short"), kTradeoff).ok());
    StoriesDialog bank(*desk.stories, *desk.questions);
    bank.show();
    REQUIRE(QTest::qWaitForWindowExposed(&bank));
    checkStoryColumns(bank, title, QStringLiteral("debugging under pressure, ownership"));
    // A title past the cap leaves the questions their room.
    s.title = QStringLiteral("A very long title that goes on and on about the outage ").repeated(3);
    REQUIRE(desk.stories->save(s).ok());
    bank.refresh();
    checkStoryColumns(bank, s.title, QStringLiteral("debugging under pressure, ownership"));
    CHECK(bank.frameGeometry().width() <= bank.screen()->availableGeometry().width());
}

TEST_CASE("The story bank opens wide enough on a laptop screen", "[widgets][.screen]")
{
    Desk desk;
    const QString title = QStringLiteral("The double-charge outage on Black Friday");
    Story s = storyWithCompetencies(desk, title);
    REQUIRE(desk.stories->link(s.id, kTradeoff).ok());
    StoriesDialog bank(*desk.stories, *desk.questions);
    bank.show();
    REQUIRE(QTest::qWaitForWindowExposed(&bank));
    const QRect available = bank.screen()->availableGeometry();
    INFO(available.width() << "x" << available.height());
    CHECK(bank.width() >= 1100);
    CHECK(bank.frameGeometry().width() <= available.width());
    CHECK(bank.frameGeometry().height() <= available.height());
    checkStoryColumns(bank, title, QStringLiteral("debugging under pressure, ownership"));
    // The questions keep room beside the two fitted columns.
    auto *table = child<QTableView>(bank, "storyTable");
    INFO("bank " << bank.width() << " table " << table->width() << " title "
                 << table->horizontalHeader()->sectionSize(0) << " tags "
                 << table->horizontalHeader()->sectionSize(1));
    CHECK(table->horizontalHeader()->sectionSize(StoryListModel::QuestionsColumn) >= 200);
}

TEST_CASE("Each part's box is as tall as its text, from four lines to twelve", "[widgets][star]")
{
    StarPartEdit edit;
    edit.resize(400, 100);
    edit.show();
    const int line = edit.fontMetrics().lineSpacing();
    const int empty = edit.sizeHint().height();
    CHECK(edit.minimumSizeHint().height() == empty);
    CHECK(empty >= StarPartEdit::kMinimumLines * line);
    CHECK(empty < (StarPartEdit::kMinimumLines + 1) * line + 20);

    edit.setPlainText(QStringLiteral("one\ntwo\nthree\nfour\nfive\nsix\nseven\neight"));
    CHECK(edit.sizeHint().height() == empty + 4 * line);
    QStringList many;
    for (int i = 0; i < 30; ++i)
        many << QStringLiteral("line %1").arg(i);
    edit.setPlainText(many.join(u'\n'));
    CHECK(edit.sizeHint().height() ==
          empty + (StarPartEdit::kMaximumLines - StarPartEdit::kMinimumLines) * line);

    // One long paragraph wraps into more lines when the box gets narrower.
    edit.setPlainText(
        QStringLiteral("I traced the slow requests with our tracing tool and found a full table scan "
                       "on the orders table, then added a composite index without locking it."));
    const int wide = edit.sizeHint().height();
    edit.resize(150, 100);
    CHECK(edit.sizeHint().height() > wide);
}

TEST_CASE("In a short window the story scrolls, and every part keeps its own few lines", "[widgets][star]")
{
    Desk desk;
    StarEditor editor(*desk.stories, QStringLiteral("en"));
    editor.resize(640, 320);
    editor.show();
    editor.setQuestion(&desk.question(kPerformance));
    editor.newStory();
    REQUIRE(editor.hasStory());
    auto *situation = child<StarPartEdit>(editor, "situationEdit");
    situation->setPlainText(QStringLiteral("Every evening our checkout slowed to two seconds."));
    QApplication::processEvents();
    // Before, a part's box asked for a text field's default height (about 190 pixels): the Situation filled
    // the short window and pushed the other parts out of sight.
    for (const char *name : {"situationEdit", "taskEdit", "actionEdit", "resultEdit"}) {
        INFO(name);
        const auto *part = child<StarPartEdit>(editor, name);
        CHECK(part->height() == part->minimumSizeHint().height());
    }
}
