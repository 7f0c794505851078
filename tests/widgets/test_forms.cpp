// The dialogs laid out in forms: their widgets found by name, filled in and read back.
#include "core/settings.h"
#include "storage/questionrepository.h"
#include "support/profile.h"
#include "support/testsupport.h"
#include "widgets/importquestionsdialog.h"
#include "widgets/mockoptionsdialog.h"
#include "widgets/questioneditordialog.h"
#include "widgets/revisionsdialog.h"

#include "media/speechvoice.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace coach;

namespace {

template<typename T>
T *named(QWidget &w, const char *name)
{
    T *found = w.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

struct Profile
{
    QTemporaryDir dir;
    Database database;
    std::unique_ptr<QuestionRepository> questions;
    Profile()
    {
        test::openWithBundledBank(database, dir.filePath(QStringLiteral("coach.sqlite")));
        questions = std::make_unique<QuestionRepository>(database);
    }
};

} // namespace

TEST_CASE("The mock interview's options come from their form and are remembered", "[widgets][forms]")
{
    Profile profile;
    Settings settings(profile.dir.filePath(QStringLiteral("settings.ini")));
    SpeechVoice voice;
    const QList<Category> categories = profile.questions->categories().value();
    REQUIRE(categories.size() > 1);
    MockOptionsDialog dialog(settings, categories, voice);
    CHECK(dialog.objectName() == QStringLiteral("mockOptionsDialog"));
    CHECK(dialog.windowTitle() == QStringLiteral("Mock Interview"));
    CHECK(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->text() ==
          QStringLiteral("&Start"));
    named<QSpinBox>(dialog, "mockQuestionCount")->setValue(7);
    named<QSpinBox>(dialog, "mockThinking")->setValue(12);
    CHECK(named<QSpinBox>(dialog, "mockCap")->minimum() == 15);
    CHECK(named<QSpinBox>(dialog, "mockCap")->suffix() == QStringLiteral(" s"));
    auto *list = named<QListView>(dialog, "mockCategories");
    auto *model = qobject_cast<QStandardItemModel *>(list->model());
    REQUIRE(model != nullptr);
    CHECK(model->rowCount() == categories.size());
    model->item(0)->setCheckState(Qt::Unchecked);
    named<QSlider>(dialog, "mockVolume")->setValue(40);
    CHECK_FALSE(named<QCheckBox>(dialog, "mockFollowUp")->isChecked()); // off until chosen
    named<QCheckBox>(dialog, "mockFollowUp")->setChecked(true);

    const MockOptions options = dialog.options();
    CHECK(options.askFollowUp);
    CHECK(options.questionCount == 7);
    CHECK(options.thinkingSeconds == 12);
    CHECK(options.categoryIds.size() == categories.size() - 1);
    CHECK_FALSE(options.categoryIds.contains(categories.first().id));
    dialog.save();
    CHECK(settings.value(Settings::Key::MockQuestionCount).toInt() == 7);
    CHECK(settings.value(Settings::Key::MockThinkingSeconds).toInt() == 12);
    CHECK(settings.value(Settings::Key::MockVolume).toDouble() == 0.4);

    MockOptionsDialog again(settings, categories, voice);
    CHECK(named<QSpinBox>(again, "mockQuestionCount")->value() == 7);
    CHECK(again.options().categoryIds == options.categoryIds);
    CHECK(named<QCheckBox>(again, "mockFollowUp")->isChecked());
}

TEST_CASE("The question editor's form fills in a question", "[widgets][forms]")
{
    Profile profile;
    QuestionEditorDialog dialog(profile.questions->categories().value());
    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    CHECK_FALSE(save->isEnabled());
    CHECK_FALSE(named<QLabel>(dialog, "questionProblem")->text().isEmpty());
    CHECK(dialog.categoryCombo()->currentText() == QStringLiteral("My questions"));
    QTest::keyClicks(dialog.textEdit(), QStringLiteral("What did you learn last year?"));
    CHECK(save->isEnabled());
    CHECK(named<QLabel>(dialog, "questionProblem")->text().isEmpty());
    auto *target = named<QSpinBox>(dialog, "questionTarget");
    CHECK(target->value() == 90);
    named<QCheckBox>(dialog, "questionStar")->setChecked(true); // behavioural answers run longer
    CHECK(target->value() == 120);
    named<QPlainTextEdit>(dialog, "questionTips")->setPlainText(QStringLiteral("One\n\n  Two  \n"));
    const Question q = dialog.question();
    CHECK(q.text == QStringLiteral("What did you learn last year?"));
    CHECK(q.star);
    CHECK(q.targetSeconds == 120);
    CHECK(q.tips == QStringList{QStringLiteral("One"), QStringLiteral("Two")});
}

TEST_CASE("The revisions form explains an empty list and previews a chosen revision", "[widgets][forms]")
{
    RevisionsDialog empty({});
    CHECK(named<QTextBrowser>(empty, "noRevisionsNote")->isVisibleTo(&empty));
    CHECK_FALSE(named<QPushButton>(empty, "restoreButton")->isEnabled());
    CHECK_FALSE(empty.chosen());

    StoryRevision r;
    r.id = 5;
    r.title = QStringLiteral("The outage");
    r.draft.action = QStringLiteral("I rolled back.");
    RevisionsDialog dialog({r});
    CHECK(dialog.findChild<QTextBrowser *>(QStringLiteral("noRevisionsNote")) == nullptr);
    CHECK(named<QPushButton>(dialog, "restoreButton")->isEnabled());
    CHECK(named<QTextBrowser>(dialog, "revisionPreview")
              ->toPlainText()
              .contains(QStringLiteral("I rolled back.")));
    REQUIRE(dialog.chosen());
    CHECK(dialog.chosen()->id == 5);
}

TEST_CASE("The import form lists what a file adds", "[widgets][forms]")
{
    Profile profile;
    const QString path = profile.dir.filePath(QStringLiteral("data.md"));
    test::writeFile(path, "# Data engineer\n## Pipelines\n- How do you backfill a month of data?\n"
                          "- What makes a job idempotent?\n");
    ImportQuestionsDialog dialog(*profile.questions, path);
    CHECK(dialog.error().isEmpty());
    CHECK(dialog.newCount() == 2);
    CHECK(named<QListView>(dialog, "importList")->model()->rowCount() == 2);
    CHECK(named<QLabel>(dialog, "importSummary")->text().contains(QStringLiteral("2 new questions")));
    auto *import = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK(import->text() == QStringLiteral("&Import"));
    CHECK(import->isEnabled());
    CHECK(dialog.apply() == 2);

    ImportQuestionsDialog again(*profile.questions, path);
    CHECK(again.newCount() == 0);
    CHECK(again.existingCount() == 2);
    CHECK_FALSE(again.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}
