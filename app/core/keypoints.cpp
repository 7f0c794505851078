// TEMPORARY: a stand-in for the listening engine's checks, so the key points can be built and tested before
// the real one arrives; replaced as a whole.
#include "core/keypoints.h"

#include <QCoreApplication>
#include <QSet>

namespace coach::keypoints {

namespace {

QStringList tempWordsOf(const QString &phrase)
{
    return phrase.simplified().split(u' ', Qt::SkipEmptyParts);
}

} // namespace

QString spokenForm(const QString &phrase)
{
    return phrase.simplified().toLower();
}

QString problemWith(const QString &phrase)
{
    const QStringList words = tempWordsOf(phrase);
    if (words.isEmpty())
        return QCoreApplication::translate("KeyPoints", "A key point cannot be empty.");
    if (words.size() > kMaxWords)
        return QCoreApplication::translate("KeyPoints", "A key point has at most %1 words.").arg(kMaxWords);
    static const QSet<QString> common{QStringLiteral("and"), QStringLiteral("the"), QStringLiteral("a"),
                                      QStringLiteral("of"),  QStringLiteral("to"),  QStringLiteral("in")};
    for (const QString &word : words)
        if (!common.contains(word.toLower()))
            return {};
    return QCoreApplication::translate("KeyPoints", "\"%1\" holds only short common words.").arg(phrase);
}

QString problemWithList(const QStringList &phrases)
{
    if (phrases.size() > kMaxPhrases)
        return QCoreApplication::translate("KeyPoints", "A question has at most %1 key points.")
            .arg(kMaxPhrases);
    QSet<QString> seen;
    for (const QString &phrase : phrases) {
        if (const QString problem = problemWith(phrase); !problem.isEmpty())
            return problem;
        if (seen.contains(spokenForm(phrase)))
            return QCoreApplication::translate("KeyPoints", "\"%1\" is listed twice.").arg(phrase);
        seen.insert(spokenForm(phrase));
    }
    return {};
}

} // namespace coach::keypoints
