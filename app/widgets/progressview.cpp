#include "widgets/progressview.h"

#include "core/deliverytext.h"
#include "models/questiontreemodel.h"
#include "storage/attemptrepository.h"
#include "widgets/chartview.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace coach {

namespace {

constexpr int kNeverPractisedListed = 8;

} // namespace

ProgressView::ProgressView(AttemptRepository &attempts, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_attempts(attempts)
    , m_headline(new QLabel(this))
    , m_neverPractised(new QLabel(this))
    , m_perWeek(new ChartView(ChartView::Kind::Columns, this))
    , m_rating(new ChartView(ChartView::Kind::Line, this))
    , m_pace(new ChartView(ChartView::Kind::Line, this))
    , m_pauses(new ChartView(ChartView::Kind::Line, this))
    , m_rubric(new ChartView(ChartView::Kind::Line, this))
    , m_lengths(new ChartView(ChartView::Kind::Bars, this))
    , m_coverage(new ChartView(ChartView::Kind::Bars, this))
{
    setObjectName(QStringLiteral("progressView"));
    m_headline->setObjectName(QStringLiteral("progressHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_headline->setFont(big);
    m_neverPractised->setObjectName(QStringLiteral("neverPractised"));
    m_neverPractised->setWordWrap(true);
    m_neverPractised->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_perWeek->setObjectName(QStringLiteral("attemptsPerWeekChart"));
    m_rating->setObjectName(QStringLiteral("ratingChart"));
    m_rating->setRange(1, 4);
    m_rating->setDecimals(1);
    m_pace->setObjectName(QStringLiteral("paceChart"));
    m_pace->setBand(kNormalPaceLowWpm, kNormalPaceHighWpm);
    m_pauses->setObjectName(QStringLiteral("pausesChart"));
    m_pauses->setDecimals(1);
    m_rubric->setObjectName(QStringLiteral("rubricChart"));
    m_rubric->setRange(0, 100);
    m_lengths->setObjectName(QStringLiteral("lengthChart"));
    m_lengths->setBand(100, 100); // the target
    m_coverage->setObjectName(QStringLiteral("coverageChart"));
    m_coverage->setRange(0, 100);

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->addWidget(m_headline, 0, 0, 1, 2);
    grid->addWidget(m_perWeek, 1, 0);
    grid->addWidget(m_rating, 1, 1);
    grid->addWidget(m_pace, 2, 0);
    grid->addWidget(m_pauses, 2, 1);
    grid->addWidget(m_coverage, 3, 0);
    grid->addWidget(m_neverPractised, 3, 1, Qt::AlignTop);
    grid->addWidget(m_rubric, 4, 0);
    grid->addWidget(m_lengths, 5, 0, 1, 2);
    grid->setRowStretch(6, 1);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(18);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    setWindowTitle(tr("Progress"));
    resize(1000, 760);
    // A window of its own, closed with Escape like a dialog.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
}

void ProgressView::setQuestions(const QList<Category> &categories, const QList<Question> &questions)
{
    m_categories = categories;
    m_questions = questions;
}

QString ProgressView::refresh()
{
    auto samples = m_attempts.progressSamples();
    if (!samples)
        return samples.error();
    m_figures = computeProgress(std::move(samples).value(), m_questions, m_attempts.clock().nowUtc(),
                                m_attempts.timeZone());
    display(m_figures);
    return {};
}

void ProgressView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Progress"));
        display(m_figures);
    }
    QWidget::changeEvent(event);
}

void ProgressView::display(const ProgressFigures &f)
{
    const QLocale locale;
    QStringList headline;
    headline << (f.totalAttempts == 1 ? tr("1 attempt in all")
                                      : tr("%1 attempts in all").arg(locale.toString(f.totalAttempts)));
    headline << tr("current streak: %1 (days in a row with practice)").arg(f.streaks.current);
    headline << tr("longest streak: %1").arg(f.streaks.longest);
    m_headline->setText(headline.join(QStringLiteral("  ·  ")));

    QHash<QString, const Question *> byId;
    for (const Question &q : m_questions)
        byId.insert(q.id, &q);

    const qsizetype firstWeek = std::max<qsizetype>(0, f.weeks.size() - kWeeksShown);
    QList<ChartView::Point> perWeek, rating, pace, pauses, rubric;
    for (qsizetype i = firstWeek; i < f.weeks.size(); ++i) {
        const WeekFigures &w = f.weeks.at(i);
        const QString label = tr("week of %1").arg(locale.toString(w.weekStart, QLocale::ShortFormat));
        perWeek.append({label, static_cast<double>(w.attempts), true, {}});
        rating.append({label, w.averageRating, w.rated > 0, w.rated > 0 ? QString() : tr("not rated")});
        pace.append({label, w.medianPaceWpm, w.medianPaceWpm > 0,
                     w.medianPaceWpm > 0 ? DeliveryText::overallPace(w.medianPaceWpm) : tr("not analysed")});
        pauses.append(
            {label, w.averageLongPauses, w.analysed > 0, w.analysed > 0 ? QString() : tr("not analysed")});
        const int percent = qRound(100.0 * w.rubricShare);
        const QString reviewed =
            w.reviewed == 1 ? tr("%1% of the points, in 1 reviewed take").arg(percent)
                            : tr("%1% of the points, in %2 reviewed takes").arg(percent).arg(w.reviewed);
        rubric.append(
            {label, 100.0 * w.rubricShare, w.reviewed > 0, w.reviewed > 0 ? reviewed : tr("not reviewed")});
    }
    m_perWeek->setTitle(tr("Attempts a week"));
    m_perWeek->setEmptyText(tr("No attempts yet."));
    m_perWeek->setPoints(perWeek);
    m_rating->setTitle(tr("Average self-rating (1 Again to 4 Easy)"));
    m_rating->setEmptyText(tr("No rated attempts yet."));
    m_rating->setPoints(rating);
    m_pace->setTitle(
        tr("Pace overall, words a minute (shaded: %1 to %2)").arg(kNormalPaceLowWpm).arg(kNormalPaceHighWpm));
    m_pace->setEmptyText(tr("No analysed attempts yet."));
    m_pace->setPoints(pace);
    m_pauses->setTitle(tr("Pauses of 2 s or more per attempt"));
    m_pauses->setEmptyText(tr("No analysed attempts yet."));
    m_pauses->setPoints(pauses);
    m_rubric->setTitle(tr("Points covered, by your own review (%)"));
    m_rubric->setEmptyText(tr("No reviewed takes yet."));
    // Until a take is reviewed the chart says so, rather than drawing weeks of gaps.
    const bool anyReviewed =
        std::any_of(rubric.cbegin(), rubric.cend(), [](const auto &p) { return p.present; });
    m_rubric->setPoints(anyReviewed ? rubric : QList<ChartView::Point>());

    QList<ChartView::Point> lengths;
    for (const QuestionLength &l : f.lengths) {
        const Question *q = byId.value(l.questionId);
        const double share = l.targetMs > 0 ? 100.0 * l.medianMs / l.targetMs : 0.0;
        lengths.append({q ? q->text : l.questionId, share, true,
                        tr("%1 of %2 (%3%)")
                            .arg(DeliveryText::clock(l.medianMs), DeliveryText::clock(l.targetMs))
                            .arg(qRound(share))});
    }
    m_lengths->setTitle(tr("Typical answer length against the target (dashed line), per question"));
    m_lengths->setEmptyText(tr("No attempts yet."));
    double longest = 150;
    for (const ChartView::Point &p : lengths)
        longest = std::max(longest, p.value);
    m_lengths->setRange(0, std::min(longest, 300.0));
    m_lengths->setPoints(lengths);

    QHash<QString, QString> categoryTitles;
    for (const Category &c : m_categories)
        categoryTitles.insert(c.id, QuestionTreeModel::displayTitle(c));
    QList<ChartView::Point> coverage;
    for (const CategoryCoverage &c : f.coverage) {
        const double share = c.total > 0 ? 100.0 * c.practised / c.total : 0.0;
        coverage.append({categoryTitles.value(c.categoryId, c.categoryId), share, true,
                         tr("%1 of %2 practised").arg(c.practised).arg(c.total)});
    }
    m_coverage->setTitle(tr("Questions practised, by category"));
    m_coverage->setPoints(coverage);

    QStringList never;
    for (qsizetype i = 0; i < f.neverPractised.size() && i < kNeverPractisedListed; ++i) {
        const Question *q = byId.value(f.neverPractised.at(i));
        never << QStringLiteral("• ") + (q ? q->text : f.neverPractised.at(i));
    }
    if (f.neverPractised.size() > kNeverPractisedListed)
        never << tr("and %1 more").arg(f.neverPractised.size() - kNeverPractisedListed);
    m_neverPractised->setText(f.neverPractised.isEmpty()
                                  ? tr("Every question has been practised at least once.")
                                  : tr("Never practised (%1):").arg(f.neverPractised.size()) + u'\n' +
                                        never.join(u'\n'));
}

QString ProgressView::textEquivalent() const
{
    QStringList parts{m_headline->text()};
    for (const ChartView *chart : {m_perWeek, m_rating, m_pace, m_pauses, m_rubric, m_coverage, m_lengths})
        parts << chart->textEquivalent();
    parts << m_neverPractised->text();
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace coach
