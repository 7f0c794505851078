// Draws a waveform overview with a play position; clicking or dragging on it seeks.
#pragma once

#include "core/waveform.h"

#include <QWidget>

namespace coach {

class WaveformView final : public QWidget
{
    Q_OBJECT

public:
    explicit WaveformView(QWidget *parent = nullptr);

    // binDurationMs: how long one bin lasts, so positions map to x.
    void setWaveform(const QList<WaveformBin> &bins, double binDurationMs);
    // Adds bins while a take is being recorded.
    void appendBins(const QList<WaveformBin> &bins);
    void clear();
    void setDurationMs(qint64 ms);
    void setPositionMs(qint64 ms);
    void setSeekable(bool seekable) { m_seekable = seekable; }
    void setPlaceholderText(const QString &text);
    // Stretches to shade, such as pauses; a click inside one seeks to its start.
    void setMarks(const QList<QPair<qint64, qint64>> &marks);
    // Where key points were heard (ms from the start), drawn as flags; a click near one seeks to it, and
    // hovering shows its label.
    void setKeyPointMarks(const QList<qint64> &startsMs, const QStringList &labels = {});
    const QList<qint64> &keyPointMarks() const { return m_keyPointMarks; }
    // The x of a moment on the widget, for the tests that click a mark.
    double xAt(qint64 ms) const;
    qint64 durationMs() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void seekRequested(qint64 ms);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    qint64 msAt(double x) const;
    // The key point mark within a few pixels of x; -1 when none is.
    qint64 keyPointMarkNear(double x) const;

    QList<WaveformBin> m_bins;
    double m_binDurationMs = 20.0;
    qint64 m_durationMs = -1; // -1: derived from the bins
    qint64 m_positionMs = -1; // -1: no position marker
    bool m_seekable = false;
    QString m_placeholder;
    QList<QPair<qint64, qint64>> m_marks;
    QList<qint64> m_keyPointMarks;
    QStringList m_keyPointLabels;
};

} // namespace coach
