#include "core/stardraft.h"

namespace coach {

const QString &StarDraft::part(StarPart p) const
{
    switch (p) {
    case StarPart::Situation:
        return situation;
    case StarPart::Task:
        return task;
    case StarPart::Action:
        return action;
    case StarPart::Result:
        return result;
    }
    Q_UNREACHABLE();
}

QString &StarDraft::part(StarPart p)
{
    return const_cast<QString &>(static_cast<const StarDraft *>(this)->part(p));
}

bool StarDraft::isEmpty() const
{
    return situation.trimmed().isEmpty() && task.trimmed().isEmpty() && action.trimmed().isEmpty() &&
           result.trimmed().isEmpty();
}

int StarDraft::size() const
{
    return static_cast<int>(situation.size() + task.size() + action.size() + result.size());
}

int countWords(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        // Apostrophes and hyphens inside a word ("don't", "follow-up") keep it one word.
        const bool wordChar =
            c.isLetterOrNumber() || c.isMark() || (inWord && (c == u'\'' || c == u'\u2019' || c == u'-'));
        if (wordChar && !inWord)
            ++words;
        inWord = wordChar;
    }
    return words;
}

double spokenSeconds(int words, int wordsPerMinute)
{
    return wordsPerMinute > 0 ? words * 60.0 / wordsPerMinute : 0.0;
}

StarFigures measureStarDraft(const StarDraft &draft, int wordsPerMinute)
{
    StarFigures f;
    for (size_t i = 0; i < kStarParts.size(); ++i) {
        f.words[i] = countWords(draft.part(kStarParts[i]));
        f.totalWords += f.words[i];
    }
    for (size_t i = 0; i < kStarParts.size(); ++i)
        f.shares[i] = f.totalWords > 0 ? static_cast<double>(f.words[i]) / f.totalWords : 0.0;
    f.totalSeconds = spokenSeconds(f.totalWords, wordsPerMinute);
    return f;
}

} // namespace coach
