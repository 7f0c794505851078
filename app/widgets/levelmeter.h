// A horizontal level meter in dBFS: the RMS bar, the peak, a held peak marker and a clip light that holds.
#pragma once

#include "core/audiolevels.h"

#include <QElapsedTimer>
#include <QWidget>

namespace coach {

class LevelMeter final : public QWidget
{
    Q_OBJECT

public:
    explicit LevelMeter(QWidget *parent = nullptr);

    void setReading(const LevelReading &reading);
    void reset();
    bool isClipLit() const { return m_clip.isLit(); }
    double peakHoldDbfs() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRectF barRect() const;
    QRectF clipRect() const;
    double fraction(double dbfs) const;

    LevelReading m_reading;
    PeakHold m_hold;
    ClipIndicator m_clip;
    QElapsedTimer m_clock;
};

} // namespace coach
