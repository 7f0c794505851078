#include "widgets/windowfit.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace coach::WindowFit {

namespace {

QScreen *screenOf(const QWidget &window)
{
    if (QScreen *at = QGuiApplication::screenAt(window.geometry().center()))
        return at;
    return window.screen() ? window.screen() : QGuiApplication::primaryScreen();
}

// Before the window is shown the window manager has not framed it yet: a title bar and thin borders are
// assumed, so that the frame it gets still fits.
QMargins frameOf(const QWidget &window)
{
    if (window.isVisible() && window.frameGeometry() != window.geometry()) {
        const QRect frame = window.frameGeometry();
        const QRect inner = window.geometry();
        return {inner.left() - frame.left(), inner.top() - frame.top(), frame.right() - inner.right(),
                frame.bottom() - inner.bottom()};
    }
    const int border = 4;
    const int title = window.style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, &window) + border;
    return {border, title, border, border};
}

} // namespace

QSize firstSize(const QRect &available)
{
    const QSize share = available.size() * kFirstSharePercent / 100;
    return share.boundedTo(kLargestFirstSize);
}

QRect clamped(const QRect &geometry, const QMargins &frame, const QRect &available)
{
    const QRect room = available.marginsRemoved(frame);
    QRect fitted(geometry.topLeft(), geometry.size().boundedTo(room.size()));
    fitted.moveLeft(std::clamp(fitted.left(), room.left(), room.left() + room.width() - fitted.width()));
    fitted.moveTop(std::clamp(fitted.top(), room.top(), room.top() + room.height() - fitted.height()));
    return fitted;
}

void applyFirstSize(QWidget &window)
{
    const QScreen *screen = screenOf(window);
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    QRect geometry(QPoint(), firstSize(available));
    geometry.moveCenter(available.center());
    window.setGeometry(clamped(geometry, frameOf(window), available));
}

void clampToScreen(QWidget &window)
{
    const QScreen *screen = screenOf(window);
    // A maximised or full-screen window is sized by the window system to the screen it is on.
    if (!screen || (window.windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen)))
        return;
    const QRect fitted = clamped(window.geometry(), frameOf(window), screen->availableGeometry());
    if (fitted != window.geometry())
        window.setGeometry(fitted);
}

namespace {

// Follows the content's minimum height whenever its layout changes (a take's player, rating and checklist
// appear after the first take).
class ContentHeight final : public QObject
{
public:
    ContentHeight(QScrollArea &area, int percent)
        : QObject(&area)
        , m_area(area)
        , m_percent(percent)
    {
        m_area.widget()->installEventFilter(this);
        m_area.viewport()->installEventFilter(this); // its width decides how tall wrapped text is
        update();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show ||
            (event->type() == QEvent::Resize && watched == m_area.viewport()))
            update();
        return QObject::eventFilter(watched, event);
    }

private:
    void update()
    {
        const QScreen *screen = m_area.screen() ? m_area.screen() : QGuiApplication::primaryScreen();
        const int cap = screen ? screen->availableGeometry().height() * m_percent / 100 : 400;
        const QWidget *content = m_area.widget();
        int wanted = content->minimumSizeHint().height();
        // Wrapped labels need more lines at the viewport's width than the minimum hint assumes.
        if (content->hasHeightForWidth())
            wanted = std::max(wanted, content->heightForWidth(m_area.viewport()->width()));
        m_area.setMinimumHeight(std::min(wanted + 2 * m_area.frameWidth(), cap));
    }

    QScrollArea &m_area;
    int m_percent;
};

} // namespace

void keepContentHeight(QScrollArea &area, int percent)
{
    new ContentHeight(area, percent);
}

} // namespace coach::WindowFit
