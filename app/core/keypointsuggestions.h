// Key points to offer the person (never added without them): multi-word terms and numbers from their STAR
// draft's Action and Result, and short phrases from the question's "what a strong answer shows".
#pragma once

#include "core/stardraft.h"

#include <QStringList>

namespace coach {

class KeyPointSuggestions final
{
public:
    // Numbers with their unit ("900 ms", "40%", "3x", "2 million requests") and terms of two or three words
    // ("composite index", "on-call rotation") from the Action and Result, in the order written.
    static QStringList fromStar(const StarDraft &draft);
    // A point of up to four words as a whole; from a longer one its terms of two or three words.
    static QStringList fromStrongAnswer(const QStringList &strongAnswerShows);
    // Both, the draft's first, without those already listed (whatever their case) or any a key point could
    // not be, at most `limit`.
    static QStringList suggest(const StarDraft &draft, const QStringList &strongAnswerShows,
                               const QStringList &existing, int limit = 8);
};

} // namespace coach
