// The application's style, with the standard icons that a widget reads from image files as it is built (the
// arrows of a menu bar or tool bar that overflows) read when they are first drawn instead. Building the main
// window's menu bar then reads no image and loads none of Qt's image format plugins before the first paint.
#pragma once

#include <QProxyStyle>

namespace coach {

class DeferredIconStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    // Takes over base (the style the application would use).
    explicit DeferredIconStyle(QStyle *base);

    // Wraps the application's style (the platform's, or the one chosen with -style or QT_STYLE_OVERRIDE).
    static void install();

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace coach
