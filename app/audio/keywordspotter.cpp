// TEMPORARY: a stand-in for the listening engine, so the key points can be built and tested before the real
// one arrives; replaced as a whole. It hears nothing.
#include "audio/keywordspotter.h"

namespace coach {

bool KeywordSpotter::isAvailable()
{
    return true;
}

QStringList KeywordSpotter::unknownWords(const QString &phrase)
{
    Q_UNUSED(phrase)
    return {};
}

Result<QList<KeyPointHit>> KeywordSpotter::spotFile(const QString &opusPath, const QStringList &phrases,
                                                    const std::atomic_bool *cancelled)
{
    Q_UNUSED(opusPath)
    Q_UNUSED(cancelled)
    QList<KeyPointHit> hits;
    for (const QString &phrase : phrases)
        hits.append(KeyPointHit{phrase});
    return hits;
}

} // namespace coach
