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
    // The chart as sentences: its title, then one "label: value" per point.
    QString textEquivalent() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
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
};

} // namespace coach
