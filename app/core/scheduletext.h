// The review schedule in words: the interval on a rating button, the next review, why a question comes next,
// and how much is due before the interview.
#pragma once

#include "core/schedule.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace coach {

class ScheduleText final
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleText)

public:
    // Short, for a rating button, as Anki shows it: "today", "1 d", "6 d", "2.3 mo", "1.5 y".
    static QString shortInterval(int days);
    // After a rating: "Next review today", "Next review tomorrow", "Next review in 6 days".
    static QString nextReview(int days);
    // Why Practise Next chose a question: "Never practised", "Practised, not rated yet", "Due today",
    // "Due 3 days ago", or, when nothing is due, "Nothing is due: next review in 2 days".
    static QString whyChosen(const QuestionReview &question, QDate today, std::optional<QDate> interviewDay);
    // "Due today: 4 · interview in 14 days"; the interview only while it is ahead.
    static QString dueSummary(int dueCount, QDate today, std::optional<QDate> interviewDay);
};

} // namespace coach
