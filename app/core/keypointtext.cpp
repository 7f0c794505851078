#include "core/keypointtext.h"

#include "core/deliverytext.h"

#include <algorithm>

namespace coach {

QString KeyPointText::heard(const QList<KeyPointResult> &results)
{
    if (results.isEmpty())
        return {};
    const auto heardCount =
        std::count_if(results.begin(), results.end(), [](const KeyPointResult &r) { return r.heard; });
    return tr("Key points heard: %1 of %2").arg(heardCount).arg(results.size());
}

QString KeyPointText::missed(const QList<KeyPointResult> &results)
{
    QStringList phrases;
    for (const KeyPointResult &r : results)
        if (!r.heard)
            phrases.append(r.phrase);
    return phrases.isEmpty() ? QString() : tr("Missed: %1").arg(phrases.join(tr(", ")));
}

QString KeyPointText::summary(const QList<KeyPointResult> &results)
{
    const QString missedText = missed(results);
    return missedText.isEmpty() ? heard(results) : heard(results) + u'\n' + missedText;
}

QString KeyPointText::shortCount(const KeyPointCount &count)
{
    return count.total > 0 ? tr("%1 of %2").arg(count.heard).arg(count.total) : QString();
}

QString KeyPointText::heardAt(const KeyPointResult &result)
{
    return tr("%1 at %2").arg(result.phrase, DeliveryText::clock(result.startMs));
}

} // namespace coach
