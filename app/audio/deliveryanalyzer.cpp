#include "audio/deliveryanalyzer.h"

#include "audio/audiofile.h"

#include <QtConcurrent/QtConcurrentRun>

namespace coach {

DeliveryAnalyzer::DeliveryAnalyzer(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<DeliveryFigures>();
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        m_busy = false;
        if (outcome.error.isEmpty())
            Q_EMIT analysed(outcome.attemptId, outcome.figures);
        else
            Q_EMIT failed(outcome.attemptId, outcome.error);
        next();
    });
}

DeliveryAnalyzer::~DeliveryAnalyzer()
{
    m_queue.clear();
    m_watcher.waitForFinished();
}

void DeliveryAnalyzer::analyse(qint64 attemptId, const QString &audioPath)
{
    m_queue.enqueue({attemptId, audioPath});
    if (!m_busy)
        next();
}

void DeliveryAnalyzer::next()
{
    if (m_queue.isEmpty()) {
        Q_EMIT idle();
        return;
    }
    const Job job = m_queue.dequeue();
    m_busy = true;
    m_watcher.setFuture(QtConcurrent::run([job] {
        Outcome outcome;
        outcome.attemptId = job.attemptId;
        const auto audio = AudioFile::read(job.path);
        if (!audio)
            outcome.error = audio.error();
        else
            outcome.figures = analyseSpeech(audio->samples, audio->sampleRate);
        return outcome;
    }));
}

} // namespace coach
