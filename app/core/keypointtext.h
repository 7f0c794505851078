// How what listening to a take found reads: how many of its key points were heard, and which were missed.
#pragma once

#include "core/keypoint.h"

#include <QCoreApplication>
#include <QString>

namespace coach {

class KeyPointText final
{
    Q_DECLARE_TR_FUNCTIONS(KeyPointText)

public:
    // "Key points heard: 4 of 6"; empty when the take was not listened to.
    static QString heard(const QList<KeyPointResult> &results);
    // "Missed: on-call rotation, read replica"; empty when none was missed.
    static QString missed(const QList<KeyPointResult> &results);
    // Both, on two lines when something was missed.
    static QString summary(const QList<KeyPointResult> &results);
    // "4 of 6", for a column headed "Key points"; empty when the take was not listened to.
    static QString shortCount(const KeyPointCount &count);
    // "composite index at 0:12", for a mark on the waveform.
    static QString heardAt(const KeyPointResult &result);
};

} // namespace coach
