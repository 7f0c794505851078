// Window sizes that suit the screen: the first start's size, and a remembered geometry brought onto the
// screen.
#pragma once

#include <QMargins>
#include <QRect>
#include <QSize>

class QScrollArea;
class QWidget;

namespace coach::WindowFit {

// The largest first-start size: beyond it a bigger screen only adds empty space.
inline constexpr QSize kLargestFirstSize{1400, 900};
// The share of the available screen a first start takes, in percent.
inline constexpr int kFirstSharePercent = 85;

// 85% of the available area, at most 1400x900.
QSize firstSize(const QRect &available);
// The window's geometry (without its frame) made to fit, frame included, inside the available area: first
// smaller, then moved.
QRect clamped(const QRect &geometry, const QMargins &frame, const QRect &available);
// The window at the first-start size, centred on its screen.
void applyFirstSize(QWidget &window);
// The window's current geometry clamped to the screen it is on (or the primary one when it is on none).
void clampToScreen(QWidget &window);
// Keeps a scroll area as tall as its content asks, as the content alone would be, up to `percent` of the
// screen's available height: only taller content scrolls, so the window never needs more than the screen.
void keepContentHeight(QScrollArea &area, int percent);

} // namespace coach::WindowFit
