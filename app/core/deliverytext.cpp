#include "core/deliverytext.h"

#include <QLocale>

#include <cmath>

namespace coach {

QString DeliveryText::clock(long long ms)
{
    const long long s = (ms + 500) / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString DeliveryText::paceBandName(PaceBand band)
{
    switch (band) {
    case PaceBand::Slow:
        return tr("slow");
    case PaceBand::Normal:
        return tr("normal");
    case PaceBand::Fast:
        return tr("fast");
    }
    Q_UNREACHABLE();
}

int DeliveryText::roundedPace(double wpm)
{
    return static_cast<int>(std::lround(wpm / 10.0) * 10);
}

QString DeliveryText::overallPace(double overallWpm)
{
    return tr("overall %1 words a minute (%2)")
        .arg(QLocale().toString(roundedPace(overallWpm)), paceBandName(paceBand(overallWpm)));
}

QString DeliveryText::pace(const DeliveryFigures &f)
{
    return tr("pace %1, while speaking %2")
        .arg(overallPace(f.speakingRateWpm), QLocale().toString(roundedPace(f.articulationWpm)));
}

QString DeliveryText::paceCell(double overallWpm)
{
    //: A pace in a table column headed "Pace (overall)": "100 (slow)"
    return tr("%1 (%2)").arg(QLocale().toString(roundedPace(overallWpm)), paceBandName(paceBand(overallWpm)));
}

QString DeliveryText::summary(const DeliveryFigures &f)
{
    if (f.firstWordMs < 0)
        return tr("No speech was found in this recording.");
    return tr("Speaking %1 of %2 · first word after %3 s · %4 · pauses of 0.5 s or more: %5, of 2 s or more: "
              "%6")
        .arg(clock(f.speakingMs), clock(f.durationMs))
        .arg(static_cast<double>(f.firstWordMs) / 1000.0, 0, 'f', 1)
        .arg(pace(f))
        .arg(f.pauseCount05s)
        .arg(f.pauseCount2s);
}

QStringList DeliveryText::observations(const DeliveryFigures &f)
{
    QStringList notes;
    if (f.firstWordMs < 0)
        return notes;
    if (f.pauseCount2s > 0) {
        const auto longest =
            std::max_element(f.pauses.begin(), f.pauses.end(),
                             [](const Pause &a, const Pause &b) { return a.lengthMs() < b.lengthMs(); });
        notes << tr("Pauses of 2 s or more: %1; the longest %2 s at %3")
                     .arg(f.pauseCount2s)
                     .arg(static_cast<double>(f.longestPauseMs) / 1000.0, 0, 'f', 1)
                     .arg(clock(longest != f.pauses.end() ? longest->startMs : 0));
    }
    if (f.firstWordMs >= 3000)
        notes << tr("The first word came after %1 s.")
                     .arg(static_cast<double>(f.firstWordMs) / 1000.0, 0, 'f', 1);
    if (f.clipped)
        notes << tr("The level reached full scale (clipping); the microphone may be set too loud.");
    return notes;
}

} // namespace coach
