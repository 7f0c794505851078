#include "core/bankfiles.h"
#include "core/bankloader.h"
#include "storage/profilearchive.h"
#include "widgets/filedialog.h"
#include "widgets/historywindow.h"
#include "widgets/importquestionsdialog.h"
#include "widgets/messagebox.h"
#include "widgets/progressview.h"
#include "widgets/questionbrowser.h"
#include "widgets/questioneditordialog.h"
#include "widgets/questionview.h"
#include "widgets/windowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using coach::test::child;

namespace {

int visibleQuestions(QTreeView &tree)
{
    int count = 0;
    const QAbstractItemModel *model = tree.model();
    for (int row = 0; row < model->rowCount(); ++row)
        count += model->rowCount(model->index(row, 0));
    return count;
}

// The import preview is the program's own dialog, not one the wrappers answer: it is answered while it
// runs, the way a person would, with its Import button (or Cancel when there is nothing to add).
void answerImportPreview(QWidget &window, bool expectAdditions)
{
    QTimer::singleShot(0, &window, [&window, expectAdditions] {
        auto *dialog =
            window.findChild<coach::ImportQuestionsDialog *>(QStringLiteral("importQuestionsDialog"));
        REQUIRE(dialog != nullptr);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        CHECK(buttons->button(QDialogButtonBox::Ok)->isEnabled() == expectAdditions);
        buttons->button(expectAdditions ? QDialogButtonBox::Ok : QDialogButtonBox::Cancel)->click();
    });
}

} // namespace

TEST_CASE("Typing in the search box filters the list and drives the question view", "[widgets]")
{
    Fixture fixture;
    auto window = fixture.window();
    CHECK(window->windowTitle() == QStringLiteral("Interview Coach"));

    auto *search = child<QLineEdit>(*window, "searchEdit");
    auto *tree = child<QTreeView>(*window, "questionTree");
    auto *questionLabel = child<QLabel>(*window, "questionLabel");
    auto *noMatch = child<QLabel>(*window, "noMatchLabel");

    // A fresh profile starts on the first question.
    CHECK(visibleQuestions(*tree) == 20);
    CHECK(questionLabel->text() == QStringLiteral("Tell me about yourself as a backend engineer."));

    QTest::keyClicks(search, QStringLiteral("race"));
    CHECK(visibleQuestions(*tree) == 1);
    CHECK(questionLabel->text().contains(QStringLiteral("race conditions")));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("sql nosql"));
    CHECK(visibleQuestions(*tree) == 1);
    CHECK(questionLabel->text().contains(QStringLiteral("SQL and NoSQL")));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("xylophone"));
    CHECK(visibleQuestions(*tree) == 0);
    CHECK(noMatch->isVisible());

    // Escape clears the search and every question comes back.
    QTest::keyClick(search, Qt::Key_Escape);
    CHECK(search->text().isEmpty());
    CHECK(visibleQuestions(*tree) == 20);
    CHECK_FALSE(noMatch->isVisible());
}

TEST_CASE("The keyboard moves from the search box through the questions", "[widgets]")
{
    Fixture fixture;
    auto window = fixture.window();
    auto *search = child<QLineEdit>(*window, "searchEdit");
    auto *tree = child<QTreeView>(*window, "questionTree");
    auto *questionLabel = child<QLabel>(*window, "questionLabel");

    window->activateWindow();
    QTest::keySequence(window.get(), QKeySequence::Find);
    CHECK(coach::test::waitFor([&] { return search->hasFocus(); }));
    QTest::keyClicks(search, QStringLiteral("tell me about a time"));
    const int matches = visibleQuestions(*tree);
    CHECK(matches == 2);
    const QString first = questionLabel->text();
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(tree->hasFocus());
    QTest::keyClick(tree, Qt::Key_Down);
    CHECK(questionLabel->text() != first);
    CHECK(questionLabel->text().startsWith(QStringLiteral("Tell me about a time")));
}

TEST_CASE("The search and notes fields get their clear buttons once the window has painted", "[widgets]")
{
    Fixture fixture;
    coach::MainWindow window(
        coach::MainWindowServices{*fixture.repo, *fixture.attempts, *fixture.settings, fixture.recorder,
                                  fixture.mockRecorder, fixture.microphones, fixture.player, *fixture.stories,
                                  fixture.analyzer, *fixture.history, *fixture.trash, *fixture.mockSessions,
                                  fixture.voice, fixture.database, fixture.dir.path(), QStringLiteral("en")});
    REQUIRE(window.reload().isEmpty());
    auto *search = child<QLineEdit>(window, "searchEdit");
    auto *notes = child<QLineEdit>(window, "notesEdit");
    // Built, not yet seen: no clear buttons (their icon theme lookup would hold up the first sight).
    CHECK_FALSE(search->isClearButtonEnabled());
    CHECK_FALSE(notes->isClearButtonEnabled());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(coach::test::waitFor(
        [&] { return search->isClearButtonEnabled() && notes->isClearButtonEnabled(); }));
}

TEST_CASE("The category filter narrows the list", "[widgets]")
{
    Fixture fixture;
    auto window = fixture.window();
    auto *combo = child<QComboBox>(*window, "categoryFilter");
    auto *tree = child<QTreeView>(*window, "questionTree");
    CHECK(combo->count() >= 7); // "All categories" and at least six categories
    combo->setCurrentIndex(combo->findData(QStringLiteral("ai-tools")));
    CHECK(visibleQuestions(*tree) == 2);
    combo->setCurrentIndex(0);
    CHECK(visibleQuestions(*tree) == 20);
}

TEST_CASE("The sample answer stays hidden until asked for", "[widgets]")
{
    Fixture fixture;
    auto window = fixture.window();
    auto *button = child<QPushButton>(*window, "showSampleButton");
    auto *view = child<coach::QuestionView>(*window, "questionView");
    auto bank = coach::BankLoader::loadFile(QStringLiteral(":/banks/backend-engineer.json"));
    REQUIRE(bank.ok());
    const QString firstSample = bank->questions.at(0).sampleAnswer;
    const QStringList firstFollowUps = bank->questions.at(0).followUps;
    REQUIRE(firstFollowUps.size() >= 2);
    CHECK(view->guideText().contains(QStringLiteral("Why interviewers ask this")));
    CHECK_FALSE(view->guideText().contains(firstSample));
    CHECK_FALSE(view->guideText().contains(QStringLiteral("Follow-up questions")));
    CHECK_FALSE(view->guideText().contains(firstFollowUps.first()));
    CHECK(button->text() == QStringLiteral("Show sample answer"));

    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(view->guideText().contains(QStringLiteral("Sample answer")));
    CHECK(view->guideText().contains(firstSample));
    // The follow-ups come under the sample answer, with it.
    const QString guide = view->guideText();
    CHECK(guide.indexOf(QStringLiteral("Follow-up questions")) > guide.indexOf(firstSample));
    for (const QString &followUp : firstFollowUps)
        CHECK(guide.contains(followUp));
    CHECK(button->text() == QStringLiteral("Hide sample answer"));

    // Moving to another question hides it again.
    auto *tree = child<QTreeView>(*window, "questionTree");
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down);
    CHECK_FALSE(view->guideText().contains(QStringLiteral("Sample answer")));
    CHECK_FALSE(view->guideText().contains(bank->questions.at(1).sampleAnswer));
    CHECK_FALSE(view->guideText().contains(QStringLiteral("Follow-up questions")));
    CHECK(button->text() == QStringLiteral("Show sample answer"));
}

TEST_CASE("Each question's guide is read when the question is shown; one that cannot be read says so",
          "[widgets]")
{
    Fixture fixture;
    auto window = fixture.window();
    auto *view = child<coach::QuestionView>(*window, "questionView");
    auto *browser = child<coach::QuestionBrowser>(*window, "questionBrowser");
    auto bank = coach::BankLoader::loadFile(QStringLiteral(":/banks/backend-engineer.json"));
    REQUIRE(bank.ok());
    auto bankQuestion = [&](const QString &id) {
        for (const coach::Question &q : bank->questions) {
            if (q.id == id)
                return q;
        }
        FAIL("no question " << id.toStdString());
        return coach::Question{};
    };

    // The first question and the next one each show their own guide.
    const QString first = browser->currentQuestionId();
    CHECK(view->guideText().contains(bankQuestion(first).whyAsked));
    auto *tree = child<QTreeView>(*window, "questionTree");
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down);
    const QString second = browser->currentQuestionId();
    REQUIRE(second != first);
    CHECK(view->guideText().contains(bankQuestion(second).whyAsked));
    CHECK(view->guideText().contains(bankQuestion(second).tips.constFirst()));

    // A question whose row has gone from the profile since the list was read shows its text and says that
    // its guide cannot be read.
    const QString gone = bank->questions.constLast().id;
    REQUIRE(gone != first);
    REQUIRE(gone != second);
    QSqlQuery remove(fixture.database.connection());
    remove.prepare(QStringLiteral("DELETE FROM questions WHERE id = ?"));
    remove.addBindValue(gone);
    REQUIRE(remove.exec());
    REQUIRE(browser->selectQuestion(gone));
    CHECK(view->guideText().contains(QStringLiteral("The guide to this question cannot be read")));
    CHECK_FALSE(view->guideText().contains(QStringLiteral("Why interviewers ask this")));
    CHECK(child<QLabel>(*window, "questionLabel")->text() == bank->questions.constLast().text);

    // Back on a readable question, its guide is there again.
    REQUIRE(browser->selectQuestion(first));
    CHECK(view->guideText().contains(bankQuestion(first).whyAsked));
}

TEST_CASE("A data folder that cannot be written to shows a notice and says why once the window is up",
          "[widgets]")
{
    Fixture fixture;
    auto window = fixture.window();
    const QString reason = QStringLiteral("The disk is full.");
    window->setReadOnly(reason);
    // Answered from within the message's own event loop, which starts after this call has returned.
    QString informative;
    QTimer::singleShot(0, window.get(), [&informative] {
        auto *box = qobject_cast<QMessageBox *>(qApp->activeModalWidget());
        if (!box)
            return;
        CHECK(box->objectName() == QStringLiteral("readOnlyMessage"));
        informative = box->informativeText();
        box->close();
    });
    CHECK(window->isReadOnly());
    auto *notice = child<QLabel>(*window, "readOnlyNotice");
    CHECK(notice->text() == QStringLiteral("Read-only: nothing new is saved"));
    CHECK(notice->toolTip() == reason);
    CHECK(window->statusBar()->isAncestorOf(notice));
    // The message comes once the window is up.
    CHECK(coach::test::waitFor([&] { return informative.startsWith(reason); }));
    CHECK_FALSE(child<QAction>(*window, "recordAction")->isEnabled());
}

TEST_CASE("The last question viewed is selected on the next start", "[widgets]")
{
    Fixture fixture;
    {
        auto window = fixture.window();
        auto *search = child<QLineEdit>(*window, "searchEdit");
        QTest::keyClicks(search, QStringLiteral("secure"));
        window->close();
    }
    auto window = fixture.window();
    CHECK(child<QLabel>(*window, "questionLabel")->text().contains(QStringLiteral("secure")));
}

TEST_CASE("Questions are imported from a Markdown list and a bank exported, from the main window",
          "[widgets][import]")
{
    Fixture fixture;
    auto window = fixture.window();
    auto *tree = child<QTreeView>(*window, "questionTree");
    REQUIRE(visibleQuestions(*tree) == 20);

    const QString bad = fixture.dir.filePath(QStringLiteral("bad.md"));
    coach::test::writeFile(bad, "## Topic\n- Fine?\n- Click <a href=\"http://example.com\">this</a>?\n");
    coach::FileDialog::setNextFileName(bad);
    coach::MessageBox::setNextAnswer(QMessageBox::Ok); // the warning saying why
    const auto refused = window->importQuestions();
    CHECK_FALSE(refused.ok());
    CHECK_FALSE(refused.isCancelled());
    CHECK(refused.error().contains(QStringLiteral("contains markup")));
    CHECK(coach::MessageBox::pendingAnswers() == 0);
    CHECK(window->statusBar()->currentMessage().contains(QStringLiteral("contains markup")));
    CHECK(visibleQuestions(*tree) == 20);

    const QString good = fixture.dir.filePath(QStringLiteral("data.md"));
    coach::test::writeFile(good, "# Data engineer\n## Pipelines\n- How do you backfill a month of data?\n"
                                 "- What makes a job idempotent?\n");
    coach::FileDialog::setNextFileName(good);
    answerImportPreview(*window, true);
    const auto added = window->importQuestions();
    REQUIRE(added.ok());
    CHECK(added.value() == 2);
    CHECK(visibleQuestions(*tree) == 22);
    CHECK(window->statusBar()->currentMessage() == QStringLiteral("Questions added: 2."));
    coach::FileDialog::setNextFileName(good);
    answerImportPreview(*window, false); // already there: nothing to import
    CHECK(window->importQuestions().isCancelled());
    CHECK(visibleQuestions(*tree) == 22);
    coach::FileDialog::setNextFileName(QString()); // the file dialog closed
    CHECK(window->importQuestions().isCancelled());

    // The bank is chosen by its name in the list, then the file.
    const auto banks = fixture.repo->banks();
    REQUIRE(banks.ok());
    QString bankName;
    for (const auto &b : banks.value()) {
        if (b.id == QStringLiteral("md-data-engineer"))
            bankName = QStringLiteral("%1 (%2 questions)").arg(b.title).arg(b.questionCount);
    }
    REQUIRE_FALSE(bankName.isEmpty());
    const QString out = fixture.dir.filePath(QStringLiteral("export.json"));
    coach::FileDialog::setNextFileName(bankName);
    coach::FileDialog::setNextFileName(out);
    REQUIRE(window->exportQuestions().ok());
    CHECK(coach::FileDialog::pendingFileNames() == 0);
    const auto exported = coach::BankFiles::load(out);
    REQUIRE(exported.ok());
    CHECK(exported->questions.size() == 2);
    CHECK(exported->questions.first().text == QStringLiteral("How do you backfill a month of data?"));
}

TEST_CASE("Own questions through the dialog; bundled ones hidden and shown again", "[widgets][own]")
{
    Fixture fixture;
    auto window = fixture.window();
    auto *tree = child<QTreeView>(*window, "questionTree");
    auto *label = child<QLabel>(*window, "questionLabel");

    // The dialog is filled in and saved the way a person would, while it runs.
    QTimer::singleShot(0, window.get(), [&] {
        auto *dialog = window->findChild<coach::QuestionEditorDialog *>(QStringLiteral("questionEditor"));
        REQUIRE(dialog != nullptr);
        auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        CHECK_FALSE(save->isEnabled()); // only the text is required, and it is still empty
        QTest::keyClicks(dialog->textEdit(), QStringLiteral("How do you size a connection pool?"));
        dialog->categoryCombo()->setCurrentText(QStringLiteral("Databases"));
        CHECK(save->isEnabled());
        save->click();
    });
    window->newQuestion();
    CHECK(visibleQuestions(*tree) == 21);
    CHECK(label->text() == QStringLiteral("How do you size a connection pool?"));
    CHECK(child<QAction>(*window, "editQuestionAction")->isEnabled());
    CHECK(child<QAction>(*window, "deleteQuestionAction")->isEnabled());

    QTimer::singleShot(0, window.get(), [&] {
        auto *dialog = window->findChild<coach::QuestionEditorDialog *>(QStringLiteral("questionEditor"));
        REQUIRE(dialog != nullptr);
        CHECK(dialog->textEdit()->text() == QStringLiteral("How do you size a connection pool?"));
        dialog->textEdit()->setText(QStringLiteral("How do you size a database connection pool?"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    window->editQuestion();
    CHECK(label->text() == QStringLiteral("How do you size a database connection pool?"));
    coach::MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(window->deleteQuestion().ok());
    CHECK(visibleQuestions(*tree) == 20);

    // A bundled question: not editable, but it can be hidden and listed again.
    auto *search = child<QLineEdit>(*window, "searchEdit");
    QTest::keyClicks(search, QStringLiteral("race conditions"));
    REQUIRE(label->text().contains(QStringLiteral("race conditions")));
    CHECK_FALSE(child<QAction>(*window, "editQuestionAction")->isEnabled());
    const coach::Status notOwn = window->deleteQuestion(); // refused before anything is asked
    CHECK_FALSE(notOwn.ok());
    CHECK_FALSE(notOwn.isCancelled());
    CHECK(coach::MessageBox::pendingAnswers() == 0);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("race conditions"));
    REQUIRE(window->setQuestionHidden(true).ok());
    search->clear();
    CHECK(visibleQuestions(*tree) == 19);
    window->setShowHidden(true);
    CHECK(visibleQuestions(*tree) == 20);
    QTest::keyClicks(search, QStringLiteral("race conditions"));
    CHECK(child<QAction>(*window, "hideQuestionAction")->isChecked());
    REQUIRE(window->setQuestionHidden(false).ok());
    window->setShowHidden(false);
    search->clear();
    CHECK(visibleQuestions(*tree) == 20);
}

TEST_CASE("Everything out to a folder and to an archive; restore and delete wait for the window to close",
          "[widgets][takeout]")
{
    Fixture fixture;
    auto window = fixture.window();
    const QString parent = fixture.dir.filePath(QStringLiteral("exports"));
    REQUIRE(QDir().mkpath(parent));
    coach::FileDialog::setNextFileName(parent);
    const auto exported = window->exportAllData();
    REQUIRE(exported.ok());
    CHECK(exported->questions == 20);
    const QStringList made = QDir(parent).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    REQUIRE(made.size() == 1);
    CHECK(made.first().startsWith(QStringLiteral("Interview Coach export ")));
    CHECK(QFile::exists(QDir(parent).filePath(made.first() + QStringLiteral("/attempts.csv"))));
    CHECK(window->statusBar()->currentMessage().startsWith(QStringLiteral("Exported 20 questions")));

    const QString archive = fixture.dir.filePath(QStringLiteral("profile.tar"));
    coach::FileDialog::setNextFileName(archive);
    REQUIRE(window->backUpProfile().ok());
    REQUIRE(coach::ProfileArchive::check(archive).ok());

    const QString junk = fixture.dir.filePath(QStringLiteral("junk.tar"));
    coach::test::writeFile(junk, "not an archive");
    coach::FileDialog::setNextFileName(junk);
    const coach::Status refused = window->restoreProfile(); // refused before anything is asked
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(refused.isCancelled());
    CHECK(refused.error().contains(QStringLiteral("is not a profile backup")));
    CHECK(window->isVisible());
    CHECK(window->pendingChange().kind == coach::MainWindow::PendingChange::Kind::None);

    // Declined at the question: nothing planned, the window stays.
    coach::FileDialog::setNextFileName(archive);
    coach::MessageBox::setNextAnswer(QMessageBox::Cancel);
    CHECK(window->restoreProfile().isCancelled());
    CHECK(window->isVisible());
    CHECK(window->pendingChange().kind == coach::MainWindow::PendingChange::Kind::None);

    coach::FileDialog::setNextFileName(archive);
    coach::MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(window->restoreProfile().ok());
    CHECK_FALSE(window->isVisible());
    CHECK(window->pendingChange().kind == coach::MainWindow::PendingChange::Kind::Restore);
    CHECK(window->pendingChange().archive == archive);
}

TEST_CASE("Deleting all data asks first and waits for the window to close", "[widgets][takeout]")
{
    Fixture fixture;
    auto window = fixture.window();
    coach::MessageBox::setNextAnswer(QMessageBox::Cancel);
    CHECK(window->deleteAllData().isCancelled());
    CHECK(window->isVisible());
    CHECK(window->pendingChange().kind == coach::MainWindow::PendingChange::Kind::None);

    coach::MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(window->deleteAllData().ok());
    CHECK_FALSE(window->isVisible());
    CHECK(window->pendingChange().kind == coach::MainWindow::PendingChange::Kind::DeleteAll);
}

TEST_CASE("Every action is in its menu with its shortcut, and the secondary windows open once",
          "[widgets][actions]")
{
    Fixture fixture;
    auto window = fixture.window();
    const struct
    {
        const char *name;
        QKeySequence shortcut;
        const char *menu;
    } expected[] = {
        {"importQuestionsAction", QKeySequence(Qt::CTRL | Qt::Key_I), "fileMenu"},
        {"exportQuestionsAction", QKeySequence(Qt::CTRL | Qt::Key_E), "fileMenu"},
        {"exportAllAction", {}, "fileMenu"},
        {"backUpAction", {}, "fileMenu"},
        {"restoreAction", {}, "fileMenu"},
        {"deleteAllAction", {}, "fileMenu"},
        {"quitAction", QKeySequence::Quit, "fileMenu"},
        {"findAction", QKeySequence::Find, "editMenu"},
        {"newQuestionAction", QKeySequence::New, "editMenu"},
        {"editQuestionAction", {}, "editMenu"},
        {"deleteQuestionAction", {}, "editMenu"},
        {"hideQuestionAction", {}, "editMenu"},
        {"toggleSampleAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), "viewMenu"},
        {"showHiddenAction", {}, "viewMenu"},
        {"historyAction", QKeySequence(Qt::CTRL | Qt::Key_H), "viewMenu"},
        {"recoveredAction", {}, "viewMenu"},
        {"progressAction", QKeySequence(Qt::CTRL | Qt::Key_G), "viewMenu"},
        {"recordAction", QKeySequence(Qt::CTRL | Qt::Key_R), "practiceMenu"},
        {"playAction", QKeySequence(Qt::CTRL | Qt::Key_P), "practiceMenu"},
        {"storiesAction", QKeySequence(Qt::CTRL | Qt::Key_B), "practiceMenu"},
        {"mockInterviewAction", QKeySequence(Qt::CTRL | Qt::Key_M), "practiceMenu"},
        {"practiseNextAction", QKeySequence(Qt::CTRL | Qt::Key_J), "practiceMenu"},
        {"interviewDateAction", {}, "practiceMenu"},
    };
    for (const auto &e : expected) {
        INFO(e.name);
        auto *action = child<QAction>(*window, e.name);
        CHECK(action->shortcut() == e.shortcut);
        CHECK_FALSE(action->text().isEmpty());
        CHECK(child<QMenu>(*window, e.menu)->actions().contains(action));
    }
    CHECK(child<QAction>(*window, "recordAction")->text() == QStringLiteral("&Record Answer"));

    // History and Progress: made on first use, the same window the next time, in front each time.
    auto *history = window->showHistory();
    REQUIRE(history != nullptr);
    CHECK(history->isVisible());
    history->hide();
    child<QAction>(*window, "historyAction")->trigger();
    CHECK(history->isVisible());
    CHECK(window->showHistory() == history);
    auto *progress = window->showProgress();
    CHECK(progress->isVisible());
    CHECK(window->showProgress() == progress);
}
