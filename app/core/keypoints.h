// The person's key points for a question: the phrases they mean to say, checked before they are stored and
// written out as spoken before they are listened for.
#pragma once

#include <QString>
#include <QStringList>

namespace coach::keypoints {

constexpr int kMaxPhrases = 8;
constexpr int kMaxWords = 8;

// The words as spoken ("900 ms" -> "nine hundred milliseconds").
QString spokenForm(const QString &phrase);
// "" or a translatable message (empty, > 8 words, only short common words).
QString problemWith(const QString &phrase);
// "" or a message (> 8 phrases, duplicates, a phrase's problem).
QString problemWithList(const QStringList &phrases);

} // namespace coach::keypoints
