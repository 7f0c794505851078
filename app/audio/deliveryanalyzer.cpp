#include "audio/deliveryanalyzer.h"

#include "audio/audiofile.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace coach {

DeliveryAnalyzer::DeliveryAnalyzer(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<DeliveryFigures>();
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        m_busy = false;
        if (outcome.cancelled)
            Q_EMIT cancelled(outcome.attemptId);
        else if (outcome.error.isEmpty())
            Q_EMIT analysed(outcome.attemptId, outcome.figures);
        else
            Q_EMIT failed(outcome.attemptId, outcome.error);
        next();
    });
    // Quitting stops the analysis of a long take between two blocks instead of waiting for its end.
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &DeliveryAnalyzer::cancel);
}

DeliveryAnalyzer::~DeliveryAnalyzer()
{
    cancel();
    m_watcher.waitForFinished();
}

void DeliveryAnalyzer::cancel()
{
    m_queue.clear();
    if (m_busy)
        m_control->cancelled = true;
}

Result<DeliveryFigures> DeliveryAnalyzer::analyseFile(const QString &path, const std::atomic_bool *cancelled,
                                                      std::atomic<qint64> *blocks)
{
    std::unique_ptr<SpeechAnalyser> analyser;
    const Status read = AudioFile::stream(path, [&](const float *samples, size_t count, int rate) {
        if (cancelled && cancelled->load())
            return false;
        if (!analyser)
            analyser = std::make_unique<SpeechAnalyser>(rate);
        analyser->feed(samples, count);
        if (blocks)
            ++*blocks;
        return true;
    });
    if (read.isCancelled())
        return Result<DeliveryFigures>::cancelled();
    if (!read)
        return Result<DeliveryFigures>::failure(read.error());
    return analyser ? analyser->finish() : DeliveryFigures{};
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
    m_control = std::make_shared<Control>();
    m_watcher.setFuture(QtConcurrent::run([job, control = m_control] {
        Outcome outcome;
        outcome.attemptId = job.attemptId;
        const auto figures = analyseFile(job.path, &control->cancelled, &control->blocks);
        if (figures)
            outcome.figures = figures.value();
        else if (figures.isCancelled())
            outcome.cancelled = true;
        else
            outcome.error = figures.error();
        return outcome;
    }));
}

} // namespace coach
