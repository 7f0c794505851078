// Gentle checks on a STAR draft: what they noticed, in plain words. Pure functions over the text.
#pragma once

#include "core/stardraft.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace coach {

struct StarHint
{
    enum class Kind { EmptyPart, ResultWithoutMeasure, ActionWithoutI, SituationLongerThanAction };
    Kind kind;
    StarPart part;
    QString message;
};

// The words the checks look for, in one language. The lists are translatable, so each translation
// brings the words of its own language.
struct StarCheckWords
{
    QString language;                // "en", "de"
    QStringList firstPersonSingular; // I, me, my …
    QStringList firstPersonPlural;   // we, our, us …
    QStringList measureWords;        // percent, seconds, users … (digits always count)
};

class StarChecks final
{
    Q_DECLARE_TR_FUNCTIONS(StarChecks)

public:
    // The languages whose words the checks know; in others they are switched off.
    static QStringList supportedLanguages();
    static bool supports(const QString &language);
    // The word lists of the current translation (English when none is installed).
    static StarCheckWords currentWords(const QString &language);
    static QString partName(StarPart part);

    static QList<StarHint> check(const StarDraft &draft, const StarCheckWords &words);
};

} // namespace coach
