// One of the person's key points for a question, and what listening to a take for it found.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace coach {

struct KeyPoint
{
    QString phrase; // as the person wrote it, and as it is shown
    QString
        soundsLike; // how the person says it, when the listening dictionary lacks a word; empty: as written

    // The words listened for.
    QString listenedFor() const { return soundsLike.trimmed().isEmpty() ? phrase : soundsLike; }
    bool operator==(const KeyPoint &) const = default;
};

struct KeyPointResult
{
    QString phrase; // as shown when the take was listened to
    bool heard = false;
    qint64 startMs = -1; // where it was first heard; -1 when not heard
    qint64 endMs = -1;
    int count = 0;
    bool operator==(const KeyPointResult &) const = default;
};

// How many of a take's key points were heard; total 0: the take was not listened to.
struct KeyPointCount
{
    int heard = 0;
    int total = 0;
    bool operator==(const KeyPointCount &) const = default;
};

inline QStringList phrasesOf(const QList<KeyPoint> &points)
{
    QStringList phrases;
    for (const KeyPoint &p : points)
        phrases.append(p.phrase);
    return phrases;
}

inline QStringList listenedFor(const QList<KeyPoint> &points)
{
    QStringList phrases;
    for (const KeyPoint &p : points)
        phrases.append(p.listenedFor());
    return phrases;
}

// What a take is listened for, in one text: a take listened for another text is listened to again.
inline QString keyPointSignature(const QList<KeyPoint> &points)
{
    QStringList lines;
    for (const KeyPoint &p : points)
        lines.append(p.phrase + u'\t' + p.listenedFor());
    return lines.join(u'\n');
}

} // namespace coach
