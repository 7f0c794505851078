// Listens for the person's key points in a take's audio, offline.
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace coach {

struct KeyPointHit
{
    QString phrase;
    bool heard = false;
    qint64 startMs = -1;
    qint64 endMs = -1;
    int count = 0;
};

class KeywordSpotter
{
public:
    static bool isAvailable();
    static QStringList unknownWords(const QString &phrase);
    static Result<QList<KeyPointHit>> spotFile(const QString &opusPath, const QStringList &phrases,
                                               const std::atomic_bool *cancelled = nullptr);
};

} // namespace coach
