// Plain observations about delivery figures: what was measured, never a verdict on the person.
#pragma once

#include "core/speechanalysis.h"

#include <QCoreApplication>
#include <QStringList>

namespace coach {

class DeliveryText final
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryText)

public:
    static QString paceBandName(PaceBand band);
    // A pace as shown: rounded to tens, since the estimate is not more precise than that.
    static int roundedPace(double wordsPerMinute);
    // "overall 150 words a minute (normal)": the overall pace with its band.
    static QString overallPace(double overallWordsPerMinute);
    // "pace overall 100 words a minute (slow), while speaking 170": both figures of a take.
    static QString pace(const DeliveryFigures &figures);
    // "100 (slow)": the overall pace in a table column headed "Pace (overall)".
    static QString paceCell(double overallWordsPerMinute);
    // One line of figures: speaking time, first word, pace, pauses.
    static QString summary(const DeliveryFigures &figures);
    // One or two observations worth a look, such as "3 pauses longer than 2 s, the longest 3.4 s at 0:42".
    static QStringList observations(const DeliveryFigures &figures);
    static QString clock(long long ms); // 0:42
};

} // namespace coach
