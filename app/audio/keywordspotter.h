// Listens for a person's key points in a recording: pocketsphinx's keyword spotting over the US English
// model, offline, a block of audio at a time.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace coach {

struct KeyPointHit
{
    QString phrase; // as given
    bool heard = false;
    qint64 startMs = -1; // of the first time heard
    qint64 endMs = -1;
    int count = 0; // times heard; detections of one phrase within 1 s of each other count once
};

class KeywordSpotter final
{
    Q_DECLARE_TR_FUNCTIONS(KeywordSpotter)

public:
    // The model and its dictionary are installed (pocketsphinx-en-us).
    static bool isAvailable();
    // The words of spokenForm(phrase) that the model's dictionary does not have, in the phrase's order.
    static QStringList unknownWords(const QString &phrase);
    // Spots each phrase (as given; spokenForm is applied inside) in a recording (Ogg Opus, or WAV),
    // decoded and resampled to 16 kHz mono a block at a time, so any length needs the same memory. One hit
    // entry per phrase, in the order given. `cancelled` is checked between blocks. Slow: never call it on
    // the window's thread.
    static Result<QList<KeyPointHit>> spotFile(const QString &opusPath, const QStringList &phrases,
                                               const std::atomic_bool *cancelled = nullptr);

    // What the engine reports, before hits are merged: for measuring thresholds. The score is the
    // log10 of the ratio of the phrase's likelihood to the best alternative (a phone loop), the figure
    // the thresholds are compared with.
    struct Detection
    {
        int phrase = 0; // index into the phrases given
        qint64 startMs = 0;
        qint64 endMs = 0;
        double score = 0;
    };
    // Every detection above the threshold given as a power of ten (-40 finds almost anything).
    static Result<std::vector<Detection>> detect(const QString &path, const QStringList &phrases,
                                                 double log10Threshold,
                                                 const std::atomic_bool *cancelled = nullptr);
    // The keyphrases a phrase in its spoken form is listened for as: one for each combination of its words'
    // pronunciations in the dictionary (an alternate one named "word@2"), the first pronunciations first, at
    // most 8. Empty when a word is not in the dictionary.
    static QStringList waysOfSaying(const QString &spoken);
    // The phones of a phrase in its spoken form ("nine hundred"), the first pronunciation of each word; 0 for
    // a word the dictionary lacks.
    static int phoneCount(const QString &spoken);
    // The threshold used for a phrase of this many spoken words and phones, as a power of ten.
    static double log10ThresholdFor(int words, int phones);

private:
    using ThresholdRule = std::function<double(int words, int phones)>;
    static Result<std::vector<Detection>> run(const QString &path, const QStringList &spoken,
                                              const ThresholdRule &thresholdFor,
                                              const std::atomic_bool *cancelled);
};

} // namespace coach

Q_DECLARE_METATYPE(coach::KeyPointHit)
