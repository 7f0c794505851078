#include "widgets/levelmeter.h"

#include <QMouseEvent>
#include <QPainter>

namespace coach {

namespace {

constexpr double kFloorDbfs = -60.0; // the meter's left edge; quieter reads as empty
constexpr int kClipWidth = 34;

QColor zoneColour(LevelZone zone)
{
    switch (zone) {
    case LevelZone::Green:
        return QColor(0x3c, 0xb3, 0x4a);
    case LevelZone::Yellow:
        return QColor(0xe6, 0xb8, 0x1e);
    case LevelZone::Red:
        return QColor(0xd9, 0x3a, 0x2b);
    }
    return {};
}

} // namespace

LevelMeter::LevelMeter(QWidget *parent)
    : QWidget(parent)
{
    m_clock.start();
    setToolTip(
        tr("Input level in dBFS: keep speech in the green, peaks below the red. The clip light stays on "
           "until clicked."));
    setAccessibleName(tr("Input level"));
}

QSize LevelMeter::sizeHint() const
{
    return {320, 22};
}

QSize LevelMeter::minimumSizeHint() const
{
    return {120, 18};
}

void LevelMeter::setReading(const LevelReading &reading)
{
    m_reading = reading;
    m_hold.update(reading.peakDbfs, m_clock.elapsed());
    m_clip.update(reading);
    setAccessibleDescription(tr("%1 dBFS peak").arg(reading.peakDbfs, 0, 'f', 0));
    update();
}

void LevelMeter::reset()
{
    m_reading = {};
    m_hold.reset();
    update();
}

double LevelMeter::peakHoldDbfs() const
{
    return m_hold.value(m_clock.elapsed());
}

double LevelMeter::fraction(double dbfs) const
{
    return std::clamp((dbfs - kFloorDbfs) / -kFloorDbfs, 0.0, 1.0);
}

QRectF LevelMeter::barRect() const
{
    return QRectF(0.5, 0.5, width() - kClipWidth - 5.0, height() - 1.0);
}

QRectF LevelMeter::clipRect() const
{
    return QRectF(width() - kClipWidth + 0.5, 0.5, kClipWidth - 1.0, height() - 1.0);
}

void LevelMeter::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF bar = barRect();
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(palette().color(QPalette::Base));
    p.drawRect(bar);

    // The zones are drawn faintly under the bar, so the person sees where green ends.
    const QRectF inner = bar.adjusted(1, 1, -1, -1);
    auto xAt = [&](double dbfs) {
        return inner.left() + fraction(dbfs) * inner.width();
    };
    const struct
    {
        double from, to;
        LevelZone zone;
    } zones[] = {{kFloorDbfs, -12, LevelZone::Green}, {-12, -6, LevelZone::Yellow}, {-6, 0, LevelZone::Red}};
    for (const auto &z : zones) {
        QColor faint = zoneColour(z.zone);
        faint.setAlpha(45);
        p.fillRect(QRectF(QPointF(xAt(z.from), inner.top()), QPointF(xAt(z.to), inner.bottom())), faint);
    }
    // The RMS bar, coloured by the zone of the peak.
    const double level = xAt(m_reading.rmsDbfs);
    for (const auto &z : zones) {
        const double left = xAt(z.from);
        const double right = std::min(level, xAt(z.to));
        if (right > left)
            p.fillRect(QRectF(QPointF(left, inner.top() + 3), QPointF(right, inner.bottom() - 3)),
                       zoneColour(z.zone));
    }
    // The instantaneous peak as a thin line, the held peak as a bold one.
    p.setPen(QPen(zoneColour(levelZone(m_reading.peakDbfs)), 1));
    p.drawLine(QPointF(xAt(m_reading.peakDbfs), inner.top() + 3),
               QPointF(xAt(m_reading.peakDbfs), inner.bottom() - 3));
    const double held = peakHoldDbfs();
    if (held > kFloorDbfs) {
        p.setPen(QPen(palette().color(QPalette::Text), 2));
        p.drawLine(QPointF(xAt(held), inner.top()), QPointF(xAt(held), inner.bottom()));
    }

    const QRectF clip = clipRect();
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(m_clip.isLit() ? zoneColour(LevelZone::Red) : palette().color(QPalette::Base));
    p.drawRoundedRect(clip, 3, 3);
    p.setPen(m_clip.isLit() ? QColor(Qt::white) : palette().color(QPalette::PlaceholderText));
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.8);
    f.setBold(true);
    p.setFont(f);
    p.drawText(clip, Qt::AlignCenter, tr("CLIP"));
}

void LevelMeter::mousePressEvent(QMouseEvent *event)
{
    if (clipRect().contains(event->position()) && m_clip.isLit()) {
        m_clip.acknowledge();
        update();
    }
    QWidget::mousePressEvent(event);
}

} // namespace coach
