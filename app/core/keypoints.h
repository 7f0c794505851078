// Key points: the short phrases a person means to say in an answer, turned into what is said and checked.
#pragma once

#include <QString>
#include <QStringList>

namespace coach::keypoints {

constexpr int kMaxPhrases = 8;
constexpr int kMaxWords = 8; // of the spoken form: "900 ms" counts as three words

// The phrase as it is said, in lower-case words separated by single spaces: punctuation dropped (a hyphen
// or slash separates words, an apostrophe inside a word stays), numbers and units written out. Numbers
// are read the British way, with "and" before the last two digits ("120" -> "one hundred and twenty",
// "2024" -> "two thousand and twenty four", "1,000" -> "one thousand"), decimals digit by digit ("99.9" ->
// "ninety nine point nine"); a unit after a number is written out ("900 ms" -> "nine hundred
// milliseconds", "3x" -> "three times", "10k" -> "ten thousand"); letters stuck to digits are a word of
// their own ("p99" -> "p ninety nine").
QString spokenForm(const QString &phrase);
// Empty when the phrase can be listened for; otherwise a message naming what is wrong with it: empty,
// more than kMaxWords words, or only short common words ("and the").
QString problemWith(const QString &phrase);
// Empty when the list can be listened for; otherwise the first problem: more than kMaxPhrases phrases, a
// phrase's problem (prefixed with the phrase), or a phrase said the same as an earlier one.
QString problemWithList(const QStringList &phrases);

} // namespace coach::keypoints
