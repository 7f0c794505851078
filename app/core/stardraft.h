// A STAR answer (Situation, Task, Action, Result) and the figures the editor shows while it is written.
#pragma once

#include <QString>

#include <array>

namespace coach {

enum class StarPart { Situation, Task, Action, Result };
inline constexpr std::array<StarPart, 4> kStarParts{StarPart::Situation, StarPart::Task, StarPart::Action,
                                                    StarPart::Result};
// The share of a good behavioural answer each part takes: about 20%, 10%, 60%, 10%.
inline constexpr std::array<double, 4> kStarGuideShares{0.2, 0.1, 0.6, 0.1};
// An overall pace (pauses included) in the middle of the normal band, for people with no takes yet.
inline constexpr int kDefaultWordsPerMinute = 140;

struct StarDraft
{
    QString situation;
    QString task;
    QString action;
    QString result;

    const QString &part(StarPart p) const;
    QString &part(StarPart p);
    bool isEmpty() const;
    int size() const; // characters in all four parts
    friend bool operator==(const StarDraft &, const StarDraft &) = default;
};

// Words are runs of letters, digits and joining marks; fast enough for a megabyte on every keystroke.
int countWords(const QString &text);
// Seconds it takes to say this many words at an overall pace in words a minute (pauses take time too).
double spokenSeconds(int words, int wordsPerMinute = kDefaultWordsPerMinute);

struct StarFigures
{
    std::array<int, 4> words{};
    std::array<double, 4> shares{}; // of all words; all zero for an empty draft
    int totalWords = 0;
    double totalSeconds = 0.0;
};
StarFigures measureStarDraft(const StarDraft &draft, int wordsPerMinute = kDefaultWordsPerMinute);

} // namespace coach
