#include "widgets/waveformview.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace coach {

WaveformView::WaveformView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize WaveformView::sizeHint() const
{
    return {400, 64};
}

QSize WaveformView::minimumSizeHint() const
{
    return {100, 40};
}

void WaveformView::setWaveform(const QList<WaveformBin> &bins, double binDurationMs)
{
    m_bins = bins;
    m_binDurationMs = binDurationMs;
    update();
}

void WaveformView::appendBins(const QList<WaveformBin> &bins)
{
    m_bins.append(bins);
    update();
}

void WaveformView::clear()
{
    m_bins.clear();
    m_marks.clear();
    m_keyPointMarks.clear();
    m_keyPointLabels.clear();
    m_durationMs = -1;
    m_positionMs = -1;
    update();
}

void WaveformView::setDurationMs(qint64 ms)
{
    m_durationMs = ms;
    update();
}

void WaveformView::setPositionMs(qint64 ms)
{
    if (ms == m_positionMs)
        return;
    m_positionMs = ms;
    update();
}

void WaveformView::setMarks(const QList<QPair<qint64, qint64>> &marks)
{
    m_marks = marks;
    update();
}

void WaveformView::setKeyPointMarks(const QList<qint64> &startsMs, const QStringList &labels)
{
    m_keyPointMarks = startsMs;
    m_keyPointLabels = labels;
    update();
}

bool WaveformView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const qint64 mark = keyPointMarkNear(help->pos().x());
        const qsizetype i = mark >= 0 ? m_keyPointMarks.indexOf(mark) : -1;
        if (i >= 0 && i < m_keyPointLabels.size())
            QToolTip::showText(help->globalPos(), m_keyPointLabels.at(i), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

double WaveformView::xAt(qint64 ms) const
{
    const double duration = std::max<double>(1.0, static_cast<double>(durationMs()));
    return 1 + static_cast<double>(ms) / duration * (width() - 2);
}

qint64 WaveformView::keyPointMarkNear(double x) const
{
    constexpr double kReachPx = 5;
    qint64 nearest = -1;
    double best = kReachPx + 1;
    for (const qint64 ms : m_keyPointMarks) {
        if (const double d = std::abs(xAt(ms) - x); d <= kReachPx && d < best) {
            best = d;
            nearest = ms;
        }
    }
    return nearest;
}

void WaveformView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    update();
}

qint64 WaveformView::durationMs() const
{
    return m_durationMs >= 0 ? m_durationMs : static_cast<qint64>(m_bins.size() * m_binDurationMs);
}

qint64 WaveformView::msAt(double x) const
{
    const double f = std::clamp(x / std::max(1, width()), 0.0, 1.0);
    return static_cast<qint64>(f * static_cast<double>(durationMs()));
}

void WaveformView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    if (m_bins.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, m_placeholder);
        return;
    }
    const int w = width() - 2;
    const double mid = height() / 2.0;
    const double half = height() / 2.0 - 3;
    const QList<WaveformBin> shown = resampleWaveform(m_bins, w);
    const double duration = std::max<double>(1.0, static_cast<double>(durationMs()));
    const double pxPerBin = w * (static_cast<double>(m_bins.size()) * m_binDurationMs / duration) /
                            std::max<qsizetype>(1, shown.size());
    const qint64 position = m_positionMs;
    const QColor played = palette().color(QPalette::Highlight);
    const QColor rest = palette().color(QPalette::Text);
    QColor shade = palette().color(QPalette::Highlight);
    shade.setAlpha(50);
    for (const auto &[start, end] : m_marks)
        p.fillRect(QRectF(1 + start / duration * w, 1, (end - start) / duration * w, height() - 2), shade);
    const double barWidth = std::max(1.0, pxPerBin);
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const double x = 1 + i * pxPerBin;
        const bool before = position >= 0 && x < 1 + position / duration * w;
        // At least one pixel high, so silence still reads as a line.
        const double top = mid - std::max<double>(shown.at(i).max * half, 0.5);
        const double bottom = mid - std::min<double>(shown.at(i).min * half, -0.5);
        p.fillRect(QRectF(x, top, barWidth, bottom - top), before ? played : rest);
    }
    // Key points heard: a line with a small flag at the top, in a colour of their own.
    const QColor flag(0x2e, 0x8b, 0x57);
    p.setPen(QPen(flag, 1));
    p.setBrush(flag);
    for (const qint64 ms : m_keyPointMarks) {
        const double x = xAt(ms);
        p.drawLine(QPointF(x, 0), QPointF(x, height()));
        p.drawPolygon(QPolygonF({QPointF(x, 0), QPointF(x + 6, 3), QPointF(x, 6)}));
    }
    if (position >= 0) {
        const double x = 1 + position / duration * w;
        p.setPen(QPen(played, 2));
        p.drawLine(QPointF(x, 0), QPointF(x, height()));
    }
}

void WaveformView::mousePressEvent(QMouseEvent *event)
{
    if (m_seekable && event->button() == Qt::LeftButton && !m_bins.isEmpty()) {
        const qint64 at = msAt(event->position().x());
        // A click on a key point's flag plays from where it was heard.
        if (const qint64 keyPoint = keyPointMarkNear(event->position().x()); keyPoint >= 0) {
            Q_EMIT seekRequested(keyPoint);
            QWidget::mousePressEvent(event);
            return;
        }
        // A click on a marked pause plays from where the pause begins.
        const auto mark = std::find_if(m_marks.begin(), m_marks.end(), [at](const QPair<qint64, qint64> &m) {
            return at >= m.first && at <= m.second;
        });
        Q_EMIT seekRequested(mark != m_marks.end() ? mark->first : at);
    }
    QWidget::mousePressEvent(event);
}

void WaveformView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_seekable && (event->buttons() & Qt::LeftButton) && !m_bins.isEmpty())
        Q_EMIT seekRequested(msAt(event->position().x()));
    QWidget::mouseMoveEvent(event);
}

} // namespace coach
