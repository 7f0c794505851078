// The review schedule: when each question comes up again, from its self-ratings, with SuperMemo's SM-2.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace coach {

// SM-2 as published by P. A. Wozniak (1990), "Application of a computer to improve the results obtained in
// working with the SuperMemo method", section "Algorithm SM-2":
// https://www.supermemo.com/en/blog/application-of-a-computer-to-improve-the-results-obtained-in-working-with-the-supermemo-method
//
// Parameters: every question starts with an E-Factor of 2.5, which never falls below 1.3. Intervals are
// I(1) = 1, I(2) = 6 and I(n) = I(n-1) * EF, with the E-Factor held before this review's update. The paper
// only says to round fractions "up to the nearest integer"; we round to the nearest whole day with halves
// going up (16.2 -> 16, 37.5 -> 38), so a hard question isn't pushed further out than its factor says. A
// lapse (quality below 3) restarts the repetitions (n = 0, I = 1) and leaves the E-Factor alone.
//
// The four self-ratings sit on SM-2's 0..5 quality scale as Again 2, Hard 3, Good 4, Easy 5: "Again" is a
// failed recall the person could still recognise (2), so only it is a lapse, and Good (4) keeps the E-Factor
// as it is, which is what a plain "that went fine" should do.
enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };

inline constexpr double kInitialEase = 2.5;
inline constexpr double kMinimumEase = 1.3;
// SM-2 has no ceiling; a long run of good ratings would outgrow any number. Intervals stop at 100 years, the
// default maximum of Anki (an SM-2 descendant).
inline constexpr int kMaximumIntervalDays = 36500;

struct Review
{
    QDate day; // the local day of a rated attempt
    Rating rating;
};

struct ScheduleState
{
    int repetitions = 0;        // successful reviews in a row (SM-2's n)
    int intervalDays = 0;       // SM-2's I
    double ease = kInitialEase; // SM-2's E-Factor
    QDate lastReview;           // invalid: never reviewed
    QDate due;                  // lastReview + intervalDays; invalid: never reviewed
};

namespace Sm2 {
int quality(Rating rating); // Again 2, Hard 3, Good 4, Easy 5 (SM-2's 0..5 scale; below 3 is a lapse)
ScheduleState step(const ScheduleState &state, Rating rating, QDate day);
// Replays a question's reviews in day order (sorted here, stably); only the first review of each day counts:
// later ones that day are same-day drill (SM-2's "repeat again all items that scored below four"), which
// doesn't change the schedule. Reviews without a valid day are skipped.
ScheduleState replay(QList<Review> reviews);
} // namespace Sm2

// The day a question is next due, with an optional interview date: a review that would fall on or after the
// interview day is pulled forward to the day before the interview (but never before today), so every question
// comes up at least once before it. When the interview day is today or past, the plain due day. Invalid when
// the question was never reviewed.
QDate effectiveDue(const ScheduleState &state, QDate today, std::optional<QDate> interviewDay);
// Days from today to the next review that these reviews (in the order they were taken) lead to, the interview
// date applied as in effectiveDue: what a rating button shows before it is pressed. 0 when that is today or
// past, -1 without a review.
int daysToReview(const QList<Review> &reviews, QDate today, std::optional<QDate> interviewDay);

struct QuestionReview
{
    QString questionId;
    int order = 0;          // bank order, for ties and for never-practised questions
    bool practised = false; // has at least one attempt (rated or not)
    ScheduleState state;    // from its ratings; lastReview invalid when none rated
};

// Due today: practised but never rated (it has no schedule yet), or effective due day <= today.
// Never-practised questions are not "due": they are their own filter.
bool isDue(const QuestionReview &q, QDate today, std::optional<QDate> interviewDay);
// How many questions come due on each of `days` days from today: today's count is isDue's (overdue and
// practised-but-unrated questions included), each later day's those whose effective due day it is. A
// forecast of the schedule as it stands: reviews taken on the way move questions later.
QList<int> dueForecast(const QList<QuestionReview> &questions, QDate today, std::optional<QDate> interviewDay,
                       int days);
// What to practise next: the most overdue due question (practised-but-unrated ones count as due today), ties
// by order; then the first never-practised question by order; then, when nothing is due and everything was
// practised, the one due soonest. An empty string for an empty list.
QString pickNext(const QList<QuestionReview> &questions, QDate today, std::optional<QDate> interviewDay);

} // namespace coach
