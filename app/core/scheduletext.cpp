#include "core/scheduletext.h"

#include <QLocale>

namespace coach {

namespace {

// Anki's own thresholds: days up to a month, then months, then years (with one decimal).
constexpr int kDaysShownAsDays = 30;
constexpr int kDaysShownAsMonths = 365;
constexpr double kDaysPerMonth = 365.25 / 12;
constexpr double kDaysPerYear = 365.25;

} // namespace

QString ScheduleText::shortInterval(int days)
{
    if (days <= 0)
        return tr("today");
    if (days <= kDaysShownAsDays)
        return tr("%1 d").arg(days);
    const QLocale locale;
    if (days < kDaysShownAsMonths)
        return tr("%1 mo").arg(locale.toString(days / kDaysPerMonth, 'f', 1));
    return tr("%1 y").arg(locale.toString(days / kDaysPerYear, 'f', 1));
}

QString ScheduleText::nextReview(int days)
{
    if (days <= 0)
        return tr("Next review today");
    if (days == 1)
        return tr("Next review tomorrow");
    return tr("Next review in %1 days").arg(days);
}

QString ScheduleText::whyChosen(const QuestionReview &question, QDate today,
                                std::optional<QDate> interviewDay)
{
    if (!question.practised)
        return tr("Never practised");
    if (!question.state.lastReview.isValid())
        return tr("Practised, not rated yet");
    const qint64 days = today.daysTo(effectiveDue(question.state, today, interviewDay));
    if (days == 0)
        return tr("Due today");
    if (days == -1)
        return tr("Due yesterday");
    if (days < 0)
        return tr("Due %1 days ago").arg(-days);
    return days == 1 ? tr("Nothing is due: next review tomorrow")
                     : tr("Nothing is due: next review in %1 days").arg(days);
}

QString ScheduleText::dueSummary(int dueCount, QDate today, std::optional<QDate> interviewDay)
{
    const QString due = tr("Due today: %1").arg(dueCount);
    if (!interviewDay || !interviewDay->isValid() || *interviewDay < today)
        return due;
    const qint64 days = today.daysTo(*interviewDay);
    QString interview;
    if (days == 0)
        interview = tr("interview today");
    else if (days == 1)
        interview = tr("interview tomorrow");
    else
        interview = tr("interview in %1 days").arg(days);
    return due + QStringLiteral(" · ") + interview;
}

} // namespace coach
