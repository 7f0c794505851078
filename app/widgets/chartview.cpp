#include "widgets/chartview.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace coach {

namespace {

constexpr int kBarHeight = 18;
constexpr int kBarGap = 6;
// A column never gets wider than this: one week of data is a column, not a wall.
constexpr double kMaxColumnWidth = 36;

// The next "round" number at or above value (1, 2, 2.5 or 5 times a power of ten), for the top of an axis.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (value <= step * power + 1e-9)
            return step * power;
    }
    return 10 * power;
}

} // namespace

ChartView::ChartView(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
{
    setSizePolicy(QSizePolicy::Expanding, kind == Kind::Bars ? QSizePolicy::Fixed : QSizePolicy::Preferred);
}

void ChartView::setTitle(const QString &title)
{
    m_title = title;
    setAccessibleName(title);
    updateDescription();
    update();
}

void ChartView::setPoints(const QList<Point> &points)
{
    m_points = points;
    updateDescription();
    updateGeometry();
    update();
}

void ChartView::setRange(double minimum, double maximum)
{
    m_range = std::make_pair(minimum, maximum);
    update();
}

void ChartView::setBand(double low, double high)
{
    m_band = std::make_pair(low, high);
    update();
}

void ChartView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateDescription();
    update();
}

void ChartView::setMarker(qsizetype index, const QString &text)
{
    m_markerIndex = index;
    m_markerText = text;
    update();
}

QString ChartView::valueText(const Point &point) const
{
    if (!point.text.isEmpty())
        return point.text;
    return point.present ? QLocale().toString(point.value, 'f', m_decimals) : tr("no value");
}

QString ChartView::textEquivalent() const
{
    QStringList lines{m_title};
    if (m_points.isEmpty())
        lines << m_emptyText;
    for (const Point &p : m_points)
        lines << tr("%1: %2").arg(p.label, valueText(p));
    return lines.join(u'\n');
}

void ChartView::updateDescription()
{
    setAccessibleDescription(textEquivalent());
    setToolTip(m_points.size() <= 30 ? textEquivalent() : QString());
}

QSize ChartView::sizeHint() const
{
    if (m_kind == Kind::Bars)
        return {420, 28 + std::max<int>(1, static_cast<int>(m_points.size())) * (kBarHeight + kBarGap)};
    return {420, 200};
}

QSize ChartView::minimumSizeHint() const
{
    return m_kind == Kind::Bars ? QSize(240, sizeHint().height()) : QSize(240, 150);
}

// The rows of bars start below the title; the bold title's line is known before anything is painted.
static double barsTop(const QWidget &chart)
{
    QFont titleFont = chart.font();
    titleFont.setBold(true);
    return QFontMetrics(titleFont).height() + 6 + 4;
}

qsizetype ChartView::pointAt(const QPoint &position) const
{
    if (m_points.isEmpty())
        return -1;
    if (m_kind == Kind::Bars) {
        const double offset = position.y() - barsTop(*this);
        const auto row = static_cast<qsizetype>(std::floor(offset / (kBarHeight + kBarGap)));
        return offset >= 0 && row < m_points.size() ? row : -1;
    }
    if (m_kind == Kind::Columns && m_plot.isValid() && m_plot.contains(position)) {
        const auto column =
            static_cast<qsizetype>((position.x() - m_plot.left()) * m_points.size() / m_plot.width());
        return std::clamp<qsizetype>(column, 0, m_points.size() - 1);
    }
    return -1;
}

bool ChartView::event(QEvent *event)
{
    // A bar's label may be elided: its tooltip says it whole, with its value.
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (const qsizetype i = pointAt(help->pos()); i >= 0) {
            const Point &p = m_points.at(i);
            QToolTip::showText(help->globalPos(), tr("%1: %2").arg(p.label, valueText(p)), this);
            return true;
        }
    }
    return QWidget::event(event);
}

void ChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(pal.color(QPalette::WindowText));
    const int titleHeight = painter.fontMetrics().height() + 6;
    painter.drawText(QRect(0, 0, width(), titleHeight), Qt::AlignLeft | Qt::AlignTop, m_title);
    painter.setFont(font());
    const QRectF area(0, titleHeight, width(), height() - titleHeight);
    if (m_points.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    double lo = 0, hi = 0;
    for (const Point &p : m_points) {
        if (p.present)
            hi = std::max(hi, p.value);
    }
    if (m_band)
        hi = std::max(hi, m_band->second);
    if (m_kind != Kind::Bars)
        hi = niceCeiling(hi * 1.05); // a little headroom above the highest point
    if (m_range) {
        lo = m_range->first;
        hi = std::max(m_range->second, lo + 1e-9);
    }
    if (hi <= lo)
        hi = lo + 1;
    switch (m_kind) {
    case Kind::Columns:
        paintColumns(painter, area, lo, hi);
        break;
    case Kind::Line:
        paintLine(painter, area, lo, hi);
        break;
    case Kind::Bars:
        paintBars(painter, area, hi);
        break;
    }
}

// Value axis on the left (bottom, top and middle values), labels of the first and last point below.
static QRectF plotArea(QPainter &painter, const QRectF &area, double lo, double hi, int decimals,
                       const QList<ChartView::Point> &points)
{
    const QFontMetrics fm = painter.fontMetrics();
    const QLocale locale;
    const QString top = locale.toString(hi, 'f', decimals);
    const double axisWidth =
        std::max(fm.horizontalAdvance(top), fm.horizontalAdvance(locale.toString(lo, 'f', decimals))) + 8;
    const QRectF plot(area.left() + axisWidth, area.top() + fm.height() / 2.0, area.width() - axisWidth - 4,
                      area.height() - fm.height() * 2.0);
    const QColor grid = painter.pen().color();
    painter.save();
    QColor faint = grid;
    faint.setAlphaF(0.25);
    for (int i = 0; i <= 2; ++i) {
        const double v = lo + (hi - lo) * i / 2.0;
        const double y = plot.bottom() - plot.height() * i / 2.0;
        painter.setPen(faint);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(grid);
        painter.drawText(QRectF(area.left(), y - fm.height() / 2.0, axisWidth - 6, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, locale.toString(v, 'f', decimals));
    }
    if (!points.isEmpty()) {
        const QRectF labels(plot.left(), plot.bottom() + 2, plot.width(), fm.height());
        painter.drawText(labels, Qt::AlignLeft | Qt::AlignTop, points.constFirst().label);
        if (points.size() > 1)
            painter.drawText(labels, Qt::AlignRight | Qt::AlignTop, points.constLast().label);
    }
    painter.restore();
    return plot;
}

void ChartView::paintColumns(QPainter &painter, const QRectF &area, double lo, double hi)
{
    painter.setPen(palette().color(QPalette::WindowText));
    const QRectF plot = plotArea(painter, area, lo, hi, m_decimals, m_points);
    m_plot = plot;
    const double step = plot.width() / m_points.size();
    const double gap = step > 6 ? std::min(step * 0.25, 6.0) : 0.0;
    const double width = std::min(step - gap, kMaxColumnWidth);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Highlight));
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const Point &p = m_points.at(i);
        if (!p.present || p.value <= lo)
            continue;
        const double h = plot.height() * (std::min(p.value, hi) - lo) / (hi - lo);
        painter.drawRect(QRectF(plot.left() + (i + 0.5) * step - width / 2, plot.bottom() - h, width, h));
    }
    if (m_markerIndex >= 0 && m_markerIndex < m_points.size()) {
        const QColor text = palette().color(QPalette::WindowText);
        const double x = plot.left() + (m_markerIndex + 0.5) * step;
        painter.setPen(QPen(text, 1.5, Qt::DashLine));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        // The text beside the mark, on the side with room for it.
        const QFontMetrics fm = painter.fontMetrics();
        const double textWidth = fm.horizontalAdvance(m_markerText) + 4;
        const bool left = x + textWidth > plot.right();
        painter.setPen(text);
        painter.drawText(QRectF(left ? x - textWidth - 2 : x + 4, plot.top(), textWidth, fm.height()),
                         (left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, m_markerText);
    }
}

void ChartView::paintLine(QPainter &painter, const QRectF &area, double lo, double hi)
{
    painter.setPen(palette().color(QPalette::WindowText));
    const QRectF plot = plotArea(painter, area, lo, hi, m_decimals, m_points);
    const auto y = [&](double v) {
        return plot.bottom() - plot.height() * (std::clamp(v, lo, hi) - lo) / (hi - lo);
    };
    if (m_band) {
        QColor band(0x3a, 0x9a, 0x4a);
        band.setAlphaF(0.15);
        painter.fillRect(
            QRectF(QPointF(plot.left(), y(m_band->second)), QPointF(plot.right(), y(m_band->first))), band);
    }
    const double step = m_points.size() > 1 ? plot.width() / (m_points.size() - 1) : 0.0;
    const auto x = [&](qsizetype i) {
        return m_points.size() > 1 ? plot.left() + i * step : plot.center().x();
    };
    QPen pen(palette().color(QPalette::Highlight), 2);
    painter.setPen(pen);
    // Weeks without a value break the line rather than bridging them.
    QPainterPath path;
    bool drawing = false;
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const Point &p = m_points.at(i);
        if (!p.present) {
            drawing = false;
            continue;
        }
        const QPointF point(x(i), y(p.value));
        if (drawing)
            path.lineTo(point);
        else
            path.moveTo(point);
        drawing = true;
    }
    painter.drawPath(path);
    painter.setBrush(palette().color(QPalette::Highlight));
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        if (m_points.at(i).present)
            painter.drawEllipse(QPointF(x(i), y(m_points.at(i).value)), 2.5, 2.5);
    }
}

void ChartView::paintBars(QPainter &painter, const QRectF &area, double hi)
{
    const QFontMetrics fm = painter.fontMetrics();
    const double labelWidth = std::min(area.width() * 0.45, 260.0);
    double valueWidth = 0;
    for (const Point &p : m_points)
        valueWidth = std::max<double>(valueWidth, fm.horizontalAdvance(valueText(p)) + 12);
    valueWidth = std::min(valueWidth, area.width() * 0.3);
    const double barLeft = area.left() + labelWidth + 8;
    const double barWidth = std::max(10.0, area.width() - labelWidth - valueWidth - 8);
    const QColor text = palette().color(QPalette::WindowText);
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const Point &p = m_points.at(i);
        const double top = area.top() + 4 + i * (kBarHeight + kBarGap);
        painter.setPen(text);
        painter.drawText(QRectF(area.left(), top, labelWidth, kBarHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(p.label, Qt::ElideRight, static_cast<int>(labelWidth)));
        const double w = barWidth * std::clamp(p.value / hi, 0.0, 1.0);
        painter.fillRect(QRectF(barLeft, top + 3, w, kBarHeight - 6), palette().color(QPalette::Highlight));
        if (m_band) {
            const double mx = barLeft + barWidth * std::clamp(m_band->first / hi, 0.0, 1.0);
            painter.setPen(QPen(text, 1.5, Qt::DashLine));
            painter.drawLine(QPointF(mx, top), QPointF(mx, top + kBarHeight));
        }
        painter.setPen(text);
        painter.drawText(QRectF(barLeft + barWidth + 6, top, valueWidth, kBarHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, valueText(p));
    }
}

} // namespace coach
