#include "support/testsupport.h"
#include "widgets/filedialog.h"
#include "widgets/interviewdatedialog.h"
#include "widgets/messagebox.h"

#include <QCheckBox>
#include <QDateEdit>

using namespace coach;

TEST_CASE("Answers given in advance are used in order, and no dialog opens", "[widgets][dialogs]")
{
    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    CHECK(MessageBox::pendingAnswers() == 3);
    CHECK(MessageBox::question(nullptr, QStringLiteral("t"), QStringLiteral("q")) == QMessageBox::Yes);
    CHECK(MessageBox::warning(nullptr, QStringLiteral("t"), QStringLiteral("w"),
                              QMessageBox::Yes | QMessageBox::Cancel) == QMessageBox::Cancel);
    CHECK(MessageBox::confirmDestructive(nullptr, QStringLiteral("t"), QStringLiteral("d"), QString(),
                                         QStringLiteral("Delete")) == QMessageBox::Yes);
    CHECK(MessageBox::pendingAnswers() == 0);

    FileDialog::setNextFileName(QStringLiteral("/tmp/a.json"));
    FileDialog::setNextFileName(QString()); // the dialog closed
    FileDialog::setNextFileName(QStringLiteral("/tmp"));
    FileDialog::setNextFileName(QStringLiteral("Backend (20 questions)"));
    FileDialog::setNextFileName(QString());
    CHECK(FileDialog::getOpenFileName(nullptr, {}, {}, {}) == QStringLiteral("/tmp/a.json"));
    CHECK(FileDialog::getSaveFileName(nullptr, {}, {}, {}).isEmpty());
    CHECK(FileDialog::getExistingDirectory(nullptr, {}) == QStringLiteral("/tmp"));
    CHECK(FileDialog::getItem(nullptr, {}, {}, {}) == QStringLiteral("Backend (20 questions)"));
    CHECK_FALSE(FileDialog::getItem(nullptr, {}, {}, {}).has_value());
    CHECK(FileDialog::pendingFileNames() == 0);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    FileDialog::setNextFileName(QStringLiteral("x"));
    MessageBox::clearNextAnswers();
    FileDialog::clearNextFileNames();
    CHECK(MessageBox::pendingAnswers() == 0);
    CHECK(FileDialog::pendingFileNames() == 0);
}

TEST_CASE("The interview date dialog offers a date from today, or none", "[widgets][dialogs]")
{
    const QDate today(2026, 12, 1);
    {
        InterviewDateDialog dialog(std::nullopt, today);
        auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("interviewDateCheck"));
        auto *edit = dialog.findChild<QDateEdit *>(QStringLiteral("interviewDateEdit"));
        REQUIRE(check != nullptr);
        REQUIRE(edit != nullptr);
        CHECK(dialog.windowTitle() == QStringLiteral("Interview Date"));
        CHECK_FALSE(check->isChecked());
        CHECK_FALSE(edit->isEnabled());
        CHECK(edit->date() == today.addDays(14));
        CHECK_FALSE(dialog.date().isValid());
        check->setChecked(true);
        CHECK(edit->isEnabled());
        edit->setDate(today.addDays(-3)); // the past is not offered
        CHECK(dialog.date() == today);
        edit->setDate(QDate(2026, 12, 24));
        CHECK(dialog.date() == QDate(2026, 12, 24));
    }
    InterviewDateDialog dialog(QDate(2027, 1, 5), today);
    CHECK(dialog.findChild<QCheckBox *>(QStringLiteral("interviewDateCheck"))->isChecked());
    CHECK(dialog.date() == QDate(2027, 1, 5));
}
