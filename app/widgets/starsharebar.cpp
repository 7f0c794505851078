#include "widgets/starsharebar.h"

#include "core/starchecks.h"

#include <QPainter>

namespace coach {

namespace {
// Four distinguishable hues that read on light and dark palettes alike.
const std::array<QColor, 4> kColours{QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b),
                                     QColor(0x59, 0xa1, 0x4f), QColor(0xb0, 0x7a, 0xa1)};
} // namespace

StarShareBar::StarShareBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize StarShareBar::sizeHint() const
{
    return {400, fontMetrics().height() * 2 + 8};
}

QSize StarShareBar::minimumSizeHint() const
{
    return {160, fontMetrics().height() * 2 + 8};
}

void StarShareBar::setShares(const std::array<double, 4> &shares)
{
    m_shares = shares;
    QStringList parts;
    for (size_t i = 0; i < kStarParts.size(); ++i)
        parts << tr("%1 %2% (guide %3%)")
                     .arg(StarChecks::partName(kStarParts[i]))
                     .arg(qRound(shares[i] * 100))
                     .arg(qRound(kStarGuideShares[i] * 100));
    setAccessibleDescription(parts.join(QStringLiteral(", ")));
    setToolTip(parts.join(u'\n'));
    update();
}

void StarShareBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const int h = fontMetrics().height();
    const QRectF bar(0.5, h + 4.5, width() - 1.0, h - 1.0);
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(palette().color(QPalette::Base));
    p.drawRect(bar);

    // The guide: a tick where each part would end in a well-balanced answer, labelled with the part's letter.
    double guideX = bar.left();
    for (size_t i = 0; i < kStarParts.size(); ++i) {
        const double start = guideX;
        guideX += kStarGuideShares[i] * bar.width();
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(start, 0, guideX - start, h + 2), Qt::AlignCenter,
                   StarChecks::partName(kStarParts[i]).left(1));
        if (i + 1 < kStarParts.size())
            p.drawLine(QPointF(guideX, h + 1), QPointF(guideX, bar.bottom()));
    }

    double x = bar.left() + 1;
    const double w = bar.width() - 2;
    for (size_t i = 0; i < kStarParts.size(); ++i) {
        const double segment = m_shares[i] * w;
        if (segment <= 0)
            continue;
        const QRectF r(x, bar.top() + 2, segment, bar.height() - 4);
        p.fillRect(r, kColours[i]);
        if (segment > 30) {
            p.setPen(Qt::white);
            p.drawText(r, Qt::AlignCenter, QStringLiteral("%1%").arg(qRound(m_shares[i] * 100)));
        }
        x += segment;
    }
}

} // namespace coach
