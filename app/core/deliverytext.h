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
    // "about 150 words a minute, normal"
    static QString pace(double wordsPerMinute);
    // One line of figures: speaking time, first word, pace, pauses.
    static QString summary(const DeliveryFigures &figures);
    // One or two observations worth a look, such as "3 pauses longer than 2 s, the longest 3.4 s at 0:42".
    static QStringList observations(const DeliveryFigures &figures);
    static QString clock(long long ms); // 0:42
};

} // namespace coach
