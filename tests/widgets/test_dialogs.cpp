#include "support/testsupport.h"
#include "widgets/interviewdatedialog.h"

#include <QCheckBox>
#include <QDateEdit>

using namespace coach;

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
