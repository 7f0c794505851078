// Progress over a chosen period: attempts a week, the self-rating trend, pace and pauses trends, the share of
// the questions' points covered in the self-reviews, the answers furthest from their target length, coverage
// of the bank, questions not practised, the practice streak and the reviews due in the coming days.
#pragma once

#include "core/progress.h"
#include "core/question.h"
#include "core/schedule.h"

#include <QDateTime>
#include <QTimeZone>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;

namespace coach {

class AttemptRepository;
class ChartView;
class Settings;

class ProgressView final : public QWidget
{
    Q_OBJECT

public:
    // The per-question length chart lists this many questions until "Show all" is ticked.
    static constexpr int kWorstLengthsShown = 10;
    static constexpr int kForecastDays = 14;

    // The questions the schedule counts, as the main window's "due today" does, and the interview day.
    struct ReviewOutlook
    {
        QList<QuestionReview> questions;
        std::optional<QDate> interviewDay;
    };

    // The chosen period is kept in settings.
    ProgressView(AttemptRepository &attempts, Settings &settings, QWidget *parent = nullptr);

    void setQuestions(const QList<Category> &categories, const QList<Question> &questions);
    // Where the due forecast comes from; without one it is not shown.
    void setReviewSource(std::function<ReviewOutlook()> source);
    ProgressRange range() const { return m_range; }
    const QList<int> &forecast() const { return m_forecast; }
    // Reads the attempts and draws everything again; returns an error message, empty on success.
    QString refresh();
    const ProgressFigures &figures() const { return m_figures; }
    // Everything the view shows, as text.
    QString textEquivalent() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *makeRangeBar();
    void setRange(ProgressRange range);
    void display(const ProgressFigures &figures);
    void displayWeeks(const ProgressFigures &figures);
    void displayLengths(const ProgressFigures &figures);
    void displayNeverPractised(const ProgressFigures &figures);
    void displayForecast();

    AttemptRepository &m_attempts;
    Settings &m_settings;
    std::function<ReviewOutlook()> m_reviewSource;
    QList<Category> m_categories;
    QList<Question> m_questions;
    ProgressRange m_range = ProgressRange::SixMonths;
    ProgressFigures m_figures;
    int m_allAttempts = 0; // whatever the period
    QList<int> m_forecast; // from today; empty without a review source
    std::optional<QDate> m_interviewDay;
    QLabel *m_headline;
    QComboBox *m_rangeCombo;
    QCheckBox *m_showAllLengths;
    ChartView *m_forecastChart;
    QLabel *m_neverPractised;
    ChartView *m_perWeek;
    ChartView *m_rating;
    ChartView *m_pace;
    ChartView *m_pauses;
    ChartView *m_rubric;
    ChartView *m_keyPoints;
    ChartView *m_lengths;
    ChartView *m_coverage;
};

} // namespace coach
