#include "widgets/progressview.h"

#include "core/deliverytext.h"
#include "core/settings.h"
#include "models/questiontreemodel.h"
#include "storage/attemptrepository.h"
#include "widgets/chartview.h"
#include "widgets/windowfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace coach {

namespace {

constexpr int kNeverPractisedListed = 8;

} // namespace

ProgressView::ProgressView(AttemptRepository &attempts, Settings &settings, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_attempts(attempts)
    , m_settings(settings)
    , m_range(rangeOfWeeks(settings.value(Settings::Key::ProgressRangeWeeks).toInt()))
    , m_headline(new QLabel(this))
    , m_rangeCombo(new QComboBox(this))
    , m_showAllLengths(new QCheckBox(this))
    , m_forecastChart(new ChartView(ChartView::Kind::Columns, this))
    , m_neverPractised(new QLabel(this))
    , m_perWeek(new ChartView(ChartView::Kind::Columns, this))
    , m_rating(new ChartView(ChartView::Kind::Line, this))
    , m_pace(new ChartView(ChartView::Kind::Line, this))
    , m_pauses(new ChartView(ChartView::Kind::Line, this))
    , m_rubric(new ChartView(ChartView::Kind::Line, this))
    , m_keyPoints(new ChartView(ChartView::Kind::Line, this))
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
    m_keyPoints->setObjectName(QStringLiteral("keyPointsChart"));
    m_keyPoints->setRange(0, 100);
    m_lengths->setObjectName(QStringLiteral("lengthChart"));
    m_lengths->setBand(100, 100); // the target
    m_showAllLengths->setObjectName(QStringLiteral("showAllLengths"));
    m_coverage->setObjectName(QStringLiteral("coverageChart"));
    m_coverage->setRange(0, 100);
    m_forecastChart->setObjectName(QStringLiteral("dueForecastChart"));
    m_forecastChart->hide(); // until there is a review source

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->addWidget(makeRangeBar(), 0, 0, 1, 2);
    grid->addWidget(m_perWeek, 1, 0);
    grid->addWidget(m_rating, 1, 1);
    grid->addWidget(m_pace, 2, 0);
    grid->addWidget(m_pauses, 2, 1);
    grid->addWidget(m_coverage, 3, 0);
    grid->addWidget(m_neverPractised, 3, 1, Qt::AlignTop);
    grid->addWidget(m_rubric, 4, 0);
    grid->addWidget(m_keyPoints, 4, 1);
    grid->addWidget(m_forecastChart, 5, 0);
    grid->addWidget(m_lengths, 6, 0, 1, 2);
    grid->addWidget(m_showAllLengths, 7, 0, 1, 2);
    grid->setRowStretch(8, 1);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(18);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("progressScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    setWindowTitle(tr("Progress"));
    // The charts scroll: on a small screen the window takes what the screen offers, up to its usual size.
    QSize size(1000, 760);
    if (const QScreen *at = screen())
        size = size.boundedTo(WindowFit::firstSize(at->availableGeometry()));
    resize(size);
    // A window of its own, closed with Escape like a dialog.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    connect(m_showAllLengths, &QCheckBox::toggled, this, [this] { displayLengths(m_figures); });
    display(m_figures); // the texts, before the first figures are read
}

// The headline, with the period the figures cover beside it.
QWidget *ProgressView::makeRangeBar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(bar);
    label->setObjectName(QStringLiteral("progressRangeLabel"));
    label->setBuddy(m_rangeCombo);
    m_rangeCombo->setObjectName(QStringLiteral("progressRangeCombo"));
    for (const ProgressRange range : kProgressRanges)
        m_rangeCombo->addItem({}, rangeWeeks(range));
    m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(rangeWeeks(m_range)));
    row->addWidget(m_headline, 1);
    row->addWidget(label, 0, Qt::AlignTop);
    row->addWidget(m_rangeCombo, 0, Qt::AlignTop);
    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { setRange(rangeOfWeeks(m_rangeCombo->itemData(index).toInt())); });
    return bar;
}

void ProgressView::setRange(ProgressRange range)
{
    if (range == m_range)
        return;
    m_range = range;
    m_settings.setValue(Settings::Key::ProgressRangeWeeks, rangeWeeks(range));
    if (const QString error = refresh(); !error.isEmpty())
        m_headline->setText(error);
}

void ProgressView::setQuestions(const QList<Category> &categories, const QList<Question> &questions)
{
    m_categories = categories;
    m_questions = questions;
}

void ProgressView::setReviewSource(std::function<ReviewOutlook()> source)
{
    m_reviewSource = std::move(source);
}

QString ProgressView::refresh()
{
    const QDateTime now = m_attempts.clock().nowUtc();
    const QTimeZone zone = m_attempts.timeZone();
    const QDate today = localDays({now.toMSecsSinceEpoch()}, zone).constFirst();
    const QDate firstDay = rangeFirstDay(m_range, today);
    auto samples =
        m_attempts.progressSamples(firstDay.isValid() ? QDateTime(firstDay, QTime(0, 0), zone) : QDateTime());
    if (!samples)
        return samples.error();
    m_figures = computeProgress(std::move(samples).value(), m_questions, now, zone, firstDay);
    m_allAttempts = m_figures.totalAttempts;
    if (firstDay.isValid()) {
        // A streak is a run of days up to now, whatever period the charts cover.
        auto instants = m_attempts.startInstants();
        if (!instants)
            return instants.error();
        m_allAttempts = static_cast<int>(instants->size());
        m_figures.streaks = streaksAt(std::move(instants).value(), now, zone);
    }

    m_forecast.clear();
    m_interviewDay.reset();
    if (m_reviewSource) {
        const ReviewOutlook outlook = m_reviewSource();
        m_interviewDay = outlook.interviewDay;
        m_forecast =
            dueForecast(outlook.questions, m_attempts.clock().today(), m_interviewDay, kForecastDays);
    }
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
    const bool allTime = m_range == ProgressRange::AllTime;
    QStringList headline;
    if (allTime)
        headline << (f.totalAttempts == 1 ? tr("1 attempt in all")
                                          : tr("%1 attempts in all").arg(locale.toString(f.totalAttempts)));
    else
        headline << (f.totalAttempts == 1
                         ? tr("1 attempt in this period")
                         : tr("%1 attempts in this period").arg(locale.toString(f.totalAttempts)));
    headline << tr("current streak: %1 (days in a row with practice)").arg(f.streaks.current);
    headline << tr("longest streak: %1").arg(f.streaks.longest);
    m_headline->setText(headline.join(QStringLiteral("  ·  ")));

    if (auto *label = findChild<QLabel *>(QStringLiteral("progressRangeLabel")))
        label->setText(tr("&Period:"));
    const QStringList rangeNames{tr("Last 4 weeks"), tr("Last 3 months"), tr("Last 6 months"),
                                 tr("Last year"), tr("All time")};
    for (int i = 0; i < m_rangeCombo->count() && i < rangeNames.size(); ++i)
        m_rangeCombo->setItemText(i, rangeNames.at(i));

    displayWeeks(f);
    displayLengths(f);

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

    displayNeverPractised(f);
    displayForecast();
}

void ProgressView::displayWeeks(const ProgressFigures &f)
{
    const QLocale locale;
    QList<ChartView::Point> perWeek, rating, pace, pauses, rubric, keyPoints;
    for (const WeekFigures &w : f.weeks) {
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
        const int heard = qRound(100.0 * w.keyPointShare);
        const QString listened =
            w.listened == 1 ? tr("%1% of the key points heard, in 1 take").arg(heard)
                            : tr("%1% of the key points heard, in %2 takes").arg(heard).arg(w.listened);
        keyPoints.append({label, 100.0 * w.keyPointShare, w.listened > 0,
                          w.listened > 0 ? listened : tr("no key points listened for")});
    }
    m_perWeek->setTitle(tr("Attempts a week"));
    // Attempts before the period are not "none yet".
    m_perWeek->setEmptyText(m_allAttempts > 0 ? tr("No attempts in this period.") : tr("No attempts yet."));
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
    m_keyPoints->setTitle(tr("Key points heard in the takes (%)"));
    m_keyPoints->setEmptyText(tr("No take has been listened to for key points yet."));
    const bool anyListened =
        std::any_of(keyPoints.cbegin(), keyPoints.cend(), [](const auto &p) { return p.present; });
    m_keyPoints->setPoints(anyListened ? keyPoints : QList<ChartView::Point>());
}

void ProgressView::displayLengths(const ProgressFigures &f)
{
    // The answers furthest from their target are the ones worth practising; a long bank's full list in
    // bank order hid them.
    const bool all = m_showAllLengths->isChecked();
    const QList<QuestionLength> shown = worstLengths(f.lengths, all ? -1 : kWorstLengthsShown);
    QHash<QString, const Question *> byId;
    for (const Question &q : m_questions)
        byId.insert(q.id, &q);
    QList<ChartView::Point> lengths;
    for (const QuestionLength &l : shown) {
        const Question *q = byId.value(l.questionId);
        const double share = l.targetMs > 0 ? 100.0 * l.medianMs / l.targetMs : 0.0;
        lengths.append({q ? q->text : l.questionId, share, true,
                        tr("%1 of %2 (%3%)")
                            .arg(DeliveryText::clock(l.medianMs), DeliveryText::clock(l.targetMs))
                            .arg(qRound(share))});
    }
    m_lengths->setTitle(f.lengths.size() > shown.size()
                            ? tr("Answer length against the target (dashed line): the %1 questions furthest "
                                 "from it")
                                  .arg(shown.size())
                            : tr("Answer length against the target (dashed line), furthest from it first"));
    m_lengths->setEmptyText(m_allAttempts > 0 ? tr("No attempts in this period.") : tr("No attempts yet."));
    double longest = 150;
    for (const ChartView::Point &p : lengths)
        longest = std::max(longest, p.value);
    m_lengths->setRange(0, std::min(longest, 300.0));
    m_lengths->setPoints(lengths);
    m_showAllLengths->setText(tr("Show all %1 questions").arg(f.lengths.size()));
    m_showAllLengths->setVisible(f.lengths.size() > kWorstLengthsShown);
}

void ProgressView::displayNeverPractised(const ProgressFigures &f)
{
    QHash<QString, const Question *> byId;
    for (const Question &q : m_questions)
        byId.insert(q.id, &q);
    QStringList never;
    for (qsizetype i = 0; i < f.neverPractised.size() && i < kNeverPractisedListed; ++i) {
        const Question *q = byId.value(f.neverPractised.at(i));
        never << QStringLiteral("• ") + (q ? q->text : f.neverPractised.at(i));
    }
    if (f.neverPractised.size() > kNeverPractisedListed)
        never << tr("and %1 more").arg(f.neverPractised.size() - kNeverPractisedListed);
    const bool allTime = m_range == ProgressRange::AllTime;
    if (f.neverPractised.isEmpty())
        m_neverPractised->setText(allTime ? tr("Every question has been practised at least once.")
                                          : tr("Every question was practised in this period."));
    else
        m_neverPractised->setText(
            (allTime ? tr("Never practised (%1):") : tr("Not practised in this period (%1):"))
                .arg(f.neverPractised.size()) +
            u'\n' + never.join(u'\n'));
}

void ProgressView::displayForecast()
{
    m_forecastChart->setVisible(static_cast<bool>(m_reviewSource));
    const QLocale locale;
    const QDate today = m_attempts.clock().today();
    const qint64 interviewIndex = m_interviewDay ? today.daysTo(*m_interviewDay) : -1;
    QList<ChartView::Point> points;
    int total = 0;
    for (qsizetype i = 0; i < m_forecast.size(); ++i) {
        const int count = m_forecast.at(i);
        total += count;
        const QString label = i == 0 ? tr("today") : locale.toString(today.addDays(i), QLocale::ShortFormat);
        points.append({label, static_cast<double>(count), true,
                       i == interviewIndex ? tr("%1 (interview day)").arg(count) : QString()});
    }
    m_forecastChart->setTitle(tr("Questions due for review, next %1 days").arg(kForecastDays));
    m_forecastChart->setEmptyText(tr("No reviews are scheduled in the next %1 days.").arg(kForecastDays));
    // An interview in the coming days is marked even when nothing is due before it.
    const bool interviewShown = interviewIndex >= 0 && interviewIndex < m_forecast.size();
    m_forecastChart->setPoints(total > 0 || interviewShown ? points : QList<ChartView::Point>());
    m_forecastChart->setMarker(interviewShown ? interviewIndex : -1, tr("interview"));
}

QString ProgressView::textEquivalent() const
{
    QStringList parts{m_headline->text()};
    for (const ChartView *chart :
         {m_perWeek, m_rating, m_pace, m_pauses, m_rubric, m_keyPoints, m_coverage, m_lengths})
        parts << chart->textEquivalent();
    if (m_reviewSource)
        parts << m_forecastChart->textEquivalent();
    parts << m_neverPractised->text();
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace coach
