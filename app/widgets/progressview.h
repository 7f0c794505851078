// Progress over time: attempts a week, the self-rating trend, pace and pauses trends, the share of the
// questions' points covered in the self-reviews, answer length against the target per question, coverage of
// the bank, questions never practised and the practice streak.
#pragma once

#include "core/progress.h"
#include "core/question.h"

#include <QDateTime>
#include <QTimeZone>
#include <QWidget>

#include <functional>

class QLabel;

namespace coach {

class AttemptRepository;
class ChartView;

class ProgressView final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kWeeksShown = 26;

    explicit ProgressView(AttemptRepository &attempts, QWidget *parent = nullptr);

    void setQuestions(const QList<Category> &categories, const QList<Question> &questions);
    // Reads the attempts and draws everything again; returns an error message, empty on success.
    QString refresh();
    const ProgressFigures &figures() const { return m_figures; }
    // Everything the view shows, as text.
    QString textEquivalent() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void display(const ProgressFigures &figures);

    AttemptRepository &m_attempts;
    QList<Category> m_categories;
    QList<Question> m_questions;
    ProgressFigures m_figures;
    QLabel *m_headline;
    QLabel *m_neverPractised;
    ChartView *m_perWeek;
    ChartView *m_rating;
    ChartView *m_pace;
    ChartView *m_pauses;
    ChartView *m_rubric;
    ChartView *m_lengths;
    ChartView *m_coverage;
};

} // namespace coach
