#include "widgets/rubricchecklist.h"

#include "core/rubrictext.h"
#include "storage/attemptrepository.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace coach {

RubricChecklist::RubricChecklist(AttemptRepository &attempts, QWidget *parent)
    : QWidget(parent)
    , m_attempts(attempts)
    , m_heading(new QLabel(this))
    , m_coverage(new QLabel(this))
    , m_boxes(new QVBoxLayout)
{
    setObjectName(QStringLiteral("rubricChecklist"));
    m_heading->setObjectName(QStringLiteral("rubricHeading"));
    m_coverage->setObjectName(QStringLiteral("rubricCoverage"));
    QFont bold = m_coverage->font();
    bold.setBold(true);
    m_coverage->setFont(bold);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_coverage);
    m_boxes->setSpacing(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addLayout(m_boxes);
    retranslate();
    hide();
}

void RubricChecklist::setAttempt(qint64 attemptId, const QStringList &points)
{
    const bool sameList = points == m_points;
    m_attemptId = attemptId;
    m_points = points;
    m_ticked.clear();
    if (m_attemptId > 0 && !m_points.isEmpty()) {
        if (const auto ticks = m_attempts.rubricTicks(m_attemptId); ticks)
            m_ticked = ticks.value();
        else
            Q_EMIT failed(ticks.error());
    }
    if (!sameList || m_checks.size() != m_points.size())
        rebuild();
    showTicks();
    setVisible(m_attemptId > 0 && !m_points.isEmpty());
}

// One box per point; a click toggles it like its key does, and the stored state is shown again either way.
void RubricChecklist::rebuild()
{
    qDeleteAll(m_checks);
    m_checks.clear();
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        auto *check = new QCheckBox(this);
        check->setObjectName(QStringLiteral("rubricPoint%1").arg(i + 1));
        // Clicking must not take the focus: Space records, and digits rate and tick, in the whole window.
        check->setFocusPolicy(Qt::TabFocus);
        check->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        const int point = static_cast<int>(i);
        connect(check, &QCheckBox::clicked, this, [this, point] {
            if (!toggle(point))
                showTicks();
        });
        m_boxes->addWidget(check);
        m_checks.append(check);
    }
    retranslate();
}

void RubricChecklist::showTicks()
{
    for (qsizetype i = 0; i < m_checks.size(); ++i) {
        const QSignalBlocker blocker(m_checks[i]);
        m_checks[i]->setChecked(m_ticked.contains(static_cast<int>(i)));
        m_checks[i]->setEnabled(m_readOnlyReason.isEmpty());
    }
    m_coverage->setText(coverageText());
}

bool RubricChecklist::toggle(int point)
{
    if (m_attemptId <= 0 || point < 0 || point >= m_points.size())
        return false;
    if (!m_readOnlyReason.isEmpty()) {
        Q_EMIT failed(m_readOnlyReason);
        return false;
    }
    const bool tick = !m_ticked.contains(point);
    const auto points = static_cast<int>(m_points.size());
    if (Status saved = m_attempts.setRubricTick(m_attemptId, point, tick, points); !saved) {
        Q_EMIT failed(saved.error());
        return false;
    }
    if (const auto ticks = m_attempts.rubricTicks(m_attemptId); ticks)
        m_ticked = ticks.value();
    showTicks();
    Q_EMIT changed(m_attemptId);
    return true;
}

QString RubricChecklist::coverageText() const
{
    if (m_attemptId <= 0 || m_points.isEmpty())
        return {};
    const auto covered = std::count_if(m_ticked.cbegin(), m_ticked.cend(),
                                       [this](int p) { return p >= 0 && p < m_points.size(); });
    return RubricText::coverage(static_cast<int>(covered), static_cast<int>(m_points.size()));
}

void RubricChecklist::setReadOnly(const QString &reason)
{
    m_readOnlyReason = reason;
    retranslate();
    showTicks();
}

void RubricChecklist::retranslate()
{
    m_heading->setText(tr("What a strong answer shows: tick what this take did"));
    for (qsizetype i = 0; i < m_checks.size(); ++i) {
        QString tip = m_points.at(i);
        if (!m_readOnlyReason.isEmpty())
            tip = m_readOnlyReason;
        else if (i < kKeyedPoints)
            tip += u'\n' + tr("Key %1 ticks or unticks it.").arg(i + 5);
        m_checks[i]->setToolTip(tip);
        m_checks[i]->setAccessibleName(m_points.at(i));
    }
    m_coverage->setText(coverageText());
    elideTexts();
}

// A box does not wrap its text: a long point is cut with "…" to the width there is, whole in its tooltip.
void RubricChecklist::elideTexts()
{
    for (qsizetype i = 0; i < m_checks.size(); ++i) {
        QCheckBox *check = m_checks[i];
        const QString text = i < kKeyedPoints ? tr("%1  %2").arg(i + 5).arg(m_points.at(i)) : m_points.at(i);
        const int room = width() - style()->pixelMetric(QStyle::PM_IndicatorWidth) -
                         style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing) - 8;
        check->setText(room > 0 ? check->fontMetrics().elidedText(text, Qt::ElideRight, room) : text);
    }
}

void RubricChecklist::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    elideTexts();
}

void RubricChecklist::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace coach
