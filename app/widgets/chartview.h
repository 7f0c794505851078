// A small chart painted with the palette's colours: columns (counts over time), a line (a trend over time,
// with an optional shaded band of normal values) or horizontal bars (one per item, with a reference mark).
// Its accessible description carries the same figures as text, for screen readers.
#pragma once

#include <QWidget>

namespace coach {

class ChartView final : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Columns, Line, Bars };
    struct Point
    {
        QString label;
        double value = 0;
        bool present = true; // false: no value for this label (a gap in a line)
        QString text;        // how the value reads in the text equivalent; the number when empty
    };

    explicit ChartView(Kind kind, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setPoints(const QList<Point> &points);
    const QList<Point> &points() const { return m_points; }
    // Fixed value axis; by default from 0 to the largest value.
    void setRange(double minimum, double maximum);
    // A shaded band of normal values (lines), or the reference mark (bars: one value, such as 100%).
    void setBand(double low, double high);
    void setDecimals(int decimals) { m_decimals = decimals; }
    void setEmptyText(const QString &text);
    // A dashed mark through one column with a short text over it, such as a coming day; -1: none.
    void setMarker(qsizetype index, const QString &text);
    qsizetype markerIndex() const { return m_markerIndex; }
    // The chart as sentences: its title, then one "label: value" per point.
    QString textEquivalent() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The bar or column under a point of the widget; -1 when there is none.
    qsizetype pointAt(const QPoint &position) const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void paintColumns(QPainter &painter, const QRectF &area, double lo, double hi);
    void paintLine(QPainter &painter, const QRectF &area, double lo, double hi);
    void paintBars(QPainter &painter, const QRectF &area, double hi);
    QString valueText(const Point &point) const;
    void updateDescription();

    Kind m_kind;
    QString m_title;
    QList<Point> m_points;
    std::optional<std::pair<double, double>> m_range;
    std::optional<std::pair<double, double>> m_band;
    int m_decimals = 0;
    QString m_emptyText;
    qsizetype m_markerIndex = -1;
    QString m_markerText;
    QRectF m_plot; // where the last paint put the columns or bars
};

} // namespace coach
