#include "widgets/deferrediconstyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QPointer>
#include <QStyleFactory>

#include <optional>

namespace coach {

namespace {

// An icon that asks the style for the real one the first time anything about it is needed.
class DeferredIconEngine final : public QIconEngine
{
public:
    DeferredIconEngine(const QStyle *style, QStyle::StandardPixmap standardIcon, const QWidget *widget)
        : m_style(style)
        , m_standardIcon(standardIcon)
        , m_widget(widget)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, 1.0, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size / scale, scale, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    bool isNull() override { return icon().isNull(); }
    QString key() const override { return QStringLiteral("coach-deferred"); }
    QIconEngine *clone() const override
    {
        auto *copy = new DeferredIconEngine(m_style, m_standardIcon, m_widget);
        copy->m_icon = m_icon;
        return copy;
    }

private:
    const QIcon &icon()
    {
        if (!m_icon)
            m_icon = m_style ? m_style->standardIcon(m_standardIcon, nullptr, m_widget) : QIcon();
        return *m_icon;
    }

    QPointer<const QStyle> m_style;
    QStyle::StandardPixmap m_standardIcon;
    QPointer<const QWidget> m_widget; // its direction decides which way the arrows point
    std::optional<QIcon> m_icon;
};

bool readsImageFiles(QStyle::StandardPixmap standardIcon)
{
    return standardIcon == QStyle::SP_ToolBarHorizontalExtensionButton ||
           standardIcon == QStyle::SP_ToolBarVerticalExtensionButton;
}

} // namespace

DeferredIconStyle::DeferredIconStyle(QStyle *base)
    : QProxyStyle(base)
{}

void DeferredIconStyle::install()
{
    // A style of the same kind as the application's: the application deletes its own when it is replaced.
    if (QStyle *base = QStyleFactory::create(QApplication::style()->name()))
        QApplication::setStyle(new DeferredIconStyle(base));
}

QIcon DeferredIconStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                      const QWidget *widget) const
{
    // An option is given only for the call; these icons are drawn without one.
    if (readsImageFiles(standardIcon) && !option)
        return QIcon(new DeferredIconEngine(baseStyle(), standardIcon, widget));
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}

} // namespace coach
