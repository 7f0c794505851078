// Keys and screen readers: every input has a name, Tab follows what is seen, Escape closes the secondary
// windows, the shortcuts sheet lists every shortcut, and the recorder's stale request clears.
#include "core/takefiles.h"
#include "fakes/fakemicrophones.h"
#include "fakes/fakerecorder.h"
#include "support/speech.h"
#include "widgets/attemptspanel.h"
#include "widgets/historywindow.h"
#include "widgets/interviewdatedialog.h"
#include "widgets/mockoptionsdialog.h"
#include "widgets/progressview.h"
#include "widgets/questionbrowser.h"
#include "widgets/questioneditordialog.h"
#include "widgets/recorderpanel.h"
#include "widgets/revisionsdialog.h"
#include "widgets/shortcutsdialog.h"
#include "widgets/storiesdialog.h"
#include "widgets/windowfixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QTableView>
#include <QTextEdit>

using coach::test::child;

namespace {

const QString kKeysQuestion = QStringLiteral("be-testing-backend-code");

// Parts of a compound control (a combo box's list, a spin box's line edit) are named by the control.
bool keysInsideCompound(const QWidget *w, const QWidget *window)
{
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p))
            return true;
    }
    return false;
}

bool keysIsInput(const QWidget *w)
{
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        return button->text().isEmpty();
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w) ||
           qobject_cast<const QTextEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractItemView *>(w);
}

// The focusable inputs of window (shown or not) with neither an accessible name nor a buddy label.
QStringList keysUnnamedInputs(QWidget &window)
{
    QSet<const QWidget *> labelled;
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->buddy() && !label->text().isEmpty())
            labelled.insert(label->buddy());
    }
    QStringList unnamed;
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !keysIsInput(w) || keysInsideCompound(w, &window))
            continue;
        const bool named = !w->accessibleName().isEmpty() || labelled.contains(w);
        // What a screen reader is told, which the two above feed.
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w);
        const bool told = accessible && !accessible->text(QAccessible::Name).isEmpty();
        if (!named || !told)
            unnamed << QStringLiteral("%1 (%2)").arg(w->objectName(),
                                                     QString::fromLatin1(w->metaObject()->className()));
    }
    return unnamed;
}

coach::Attempt keysAttempt()
{
    coach::Attempt a;
    a.questionId = kKeysQuestion;
    a.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    a.durationMs = 3000;
    a.audioPath = coach::takeRelativePath(kKeysQuestion, a.startedAt);
    return a;
}

} // namespace

TEST_CASE("Every focusable input of every window has an accessible name or a buddy label",
          "[widgets][keys][accessibility]")
{
    Fixture fixture;
    REQUIRE(fixture.attempts->add(keysAttempt()).ok());
    fixture.settings->setValue(coach::Settings::Key::LastQuestionId, kKeysQuestion);
    auto window = fixture.window();
    REQUIRE(child<coach::QuestionBrowser>(*window, "questionBrowser")->currentQuestionId() == kKeysQuestion);
    CHECK(keysUnnamedInputs(*window) == QStringList());

    auto *history = window->showHistory();
    CHECK(keysUnnamedInputs(*history) == QStringList());
    auto *progress = window->showProgress();
    CHECK(keysUnnamedInputs(*progress) == QStringList());
    auto *star = child<QWidget>(*window, "starEditor");
    child<QTabWidget>(*window, "questionTabs")->setCurrentWidget(star); // its form is built when first shown
    CHECK(keysUnnamedInputs(*star) == QStringList());
    for (const char *part : {"situationEdit", "taskEdit", "actionEdit", "resultEdit"}) {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(child<QWidget>(*star, part));
        REQUIRE(accessible != nullptr);
        CHECK_FALSE(accessible->text(QAccessible::Name).isEmpty());
    }

    const QList<coach::Category> categories = fixture.repo->categories().value();
    coach::MockOptionsDialog options(*fixture.settings, categories, fixture.voice);
    CHECK(keysUnnamedInputs(options) == QStringList());
    coach::QuestionEditorDialog editor(categories);
    CHECK(keysUnnamedInputs(editor) == QStringList());
    coach::StoriesDialog stories(*fixture.stories, *fixture.repo);
    CHECK(keysUnnamedInputs(stories) == QStringList());
    coach::RevisionsDialog revisions({});
    CHECK(keysUnnamedInputs(revisions) == QStringList());
    coach::InterviewDateDialog interviewDate(std::nullopt);
    CHECK(keysUnnamedInputs(interviewDate) == QStringList());
}

TEST_CASE("Tab reaches the four rating buttons, then the notes and the self-review", "[widgets][keys]")
{
    Fixture fixture;
    REQUIRE(fixture.attempts->add(keysAttempt()).ok());
    fixture.settings->setValue(coach::Settings::Key::LastQuestionId, kKeysQuestion);
    auto window = fixture.window();
    QApplication::setActiveWindow(window.get());
    auto *list = child<QListView>(*window, "attemptList");
    REQUIRE(list->model()->rowCount() == 1);
    list->setFocus();
    REQUIRE(coach::test::waitFor([&] { return list->hasFocus(); }));

    QStringList order;
    for (int i = 0; i < 12; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order << QApplication::focusWidget()->objectName();
    }
    INFO(order.join(QStringLiteral(", ")).toStdString());
    const qsizetype first = order.indexOf(QStringLiteral("rate1"));
    REQUIRE(first >= 0);
    CHECK(order.mid(first, 5) == QStringList{QStringLiteral("rate1"), QStringLiteral("rate2"),
                                             QStringLiteral("rate3"), QStringLiteral("rate4"),
                                             QStringLiteral("notesEdit")});
    // The self-review's boxes, made after the panel, follow the notes all the same.
    CHECK(order.value(first + 5) == QStringLiteral("rubricPoint1"));
}

TEST_CASE("Escape closes History and Progress", "[widgets][keys]")
{
    Fixture fixture;
    auto window = fixture.window();
    for (QWidget *secondary :
         {static_cast<QWidget *>(window->showHistory()), static_cast<QWidget *>(window->showProgress())}) {
        INFO(secondary->objectName().toStdString());
        QApplication::setActiveWindow(secondary);
        REQUIRE(QTest::qWaitForWindowActive(secondary));
        REQUIRE(secondary->isVisible());
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : secondary,
                        Qt::Key_Escape);
        CHECK_FALSE(secondary->isVisible());
    }
}

TEST_CASE("Help > Keyboard Shortcuts lists every shortcut of the menus and the practice panel",
          "[widgets][keys]")
{
    Fixture fixture;
    auto window = fixture.window();
    auto *sheetAction = child<QAction>(*window, "shortcutsAction");
    CHECK(child<QMenu>(*window, "helpMenu")->actions().contains(sheetAction));
    sheetAction->trigger();
    auto *sheet = window->findChild<coach::ShortcutsDialog *>(QStringLiteral("shortcutsDialog"));
    REQUIRE(sheet != nullptr);
    CHECK(sheet->isVisible());

    int listed = 0;
    for (const QMenu *menu : window->findChildren<QMenu *>()) {
        for (const QAction *a : menu->actions()) {
            if (a->shortcut().isEmpty())
                continue;
            const QString text = a->text().remove(u'&').remove(u'…').trimmed();
            INFO(text.toStdString());
            CHECK(sheet->keysFor(text) == a->shortcut().toString(QKeySequence::NativeText));
            ++listed;
        }
    }
    CHECK(listed >= 12);
    CHECK(sheet->keysFor(QStringLiteral("Practise Next Question")) == QStringLiteral("Ctrl+J"));
    CHECK(sheet->keysFor(QStringLiteral("Start or stop recording")) == QStringLiteral("Space"));
    CHECK(sheet->keysFor(QStringLiteral("Rate the selected take: Again, Hard, Good, Easy")) ==
          QStringLiteral("1 to 4"));
    CHECK(sheet->keysFor(QStringLiteral("Tick or untick the first five points of the self-review")) ==
          QStringLiteral("5 to 9"));
    CHECK(sheet->keysFor(QStringLiteral("Best Take")) == QStringLiteral("B"));
    // A changed shortcut shows the next time the sheet is filled.
    child<QAction>(*window, "historyAction")->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Y));
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(sheet, &change);
    REQUIRE(coach::test::waitFor(
        [&] { return sheet->keysFor(QStringLiteral("History of Attempts")) == QStringLiteral("Ctrl+Y"); }));
}

TEST_CASE("\"Choose a question first.\" goes once a question is chosen", "[widgets][keys]")
{
    Fixture fixture;
    coach::test::FakeRecorder recorder;
    coach::test::FakeMicrophones microphones;
    microphones.setInputs({{"usb", QStringLiteral("USB headset")}}, "usb");
    coach::RecorderPanel panel(recorder, microphones, *fixture.attempts, *fixture.settings,
                               fixture.dir.path());
    panel.show();
    auto *combo = child<QComboBox>(panel, "microphoneCombo");
    REQUIRE(coach::test::waitFor([&] { return combo->count() > 0; }, 10000));
    panel.setQuestion(QString(), 90);
    panel.toggleRecording();
    CHECK_FALSE(panel.isRecording());
    CHECK(panel.statusText() == QStringLiteral("Choose a question first."));
    panel.setQuestion(kKeysQuestion, 90);
    CHECK(panel.statusText().isEmpty());
}

TEST_CASE("History's columns fit its width and its date fields show the whole date", "[widgets][keys]")
{
    Fixture fixture;
    auto window = fixture.window();
    auto *history = window->showHistory();
    REQUIRE(QTest::qWaitForWindowExposed(history));
    for (int width : {1100, 1280}) {
        INFO(width);
        history->resize(width, 640);
        QApplication::processEvents();
        const QTableView *table = history->table();
        CHECK(table->horizontalHeader()->length() <= table->viewport()->width());
        for (const char *name : {"historyFrom", "historyUntil"}) {
            const auto *edit = child<QDateEdit>(*history, name);
            CHECK(edit->width() >= edit->sizeHint().width());
        }
    }
}
