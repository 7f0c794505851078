#include "widgets/deferrediconstyle.h"

#include <QIcon>
#include <QImage>
#include <QStyleFactory>
#include <QStyleOption>

#include <catch2/catch.hpp>

using coach::DeferredIconStyle;

namespace {

QImage imageOf(const QIcon &icon, int side)
{
    return icon.pixmap(QSize(side, side)).toImage().convertToFormat(QImage::Format_ARGB32);
}

} // namespace

TEST_CASE("The overflow arrows, read when first drawn, look as the style draws them", "[widgets][style]")
{
    DeferredIconStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
    const QStyle &base = *style.baseStyle();
    for (const auto arrow :
         {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton}) {
        const QIcon deferred = style.standardIcon(arrow);
        const QIcon direct = base.standardIcon(arrow);
        REQUIRE_FALSE(direct.isNull());
        CHECK_FALSE(deferred.isNull());
        CHECK(deferred.availableSizes() == direct.availableSizes());
        for (const int side : {8, 16, 32})
            CHECK(imageOf(deferred, side) == imageOf(direct, side));
        // A copy of its own (the engine cloned) draws the same.
        QIcon copy = deferred;
        copy.detach();
        CHECK(imageOf(copy, 16) == imageOf(direct, 16));
    }
    // Other icons, and calls with an option, are the style's own.
    const QIcon other = style.standardIcon(QStyle::SP_DialogOkButton);
    CHECK(imageOf(other, 16) == imageOf(base.standardIcon(QStyle::SP_DialogOkButton), 16));
    QStyleOption option;
    CHECK(imageOf(style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, &option), 16) ==
          imageOf(base.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton), 16));
}
