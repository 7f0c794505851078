#include "controllers/analysisqueue.h"

#include "audio/deliveryanalyzer.h"
#include "core/attempt.h"
#include "core/takefiles.h"
#include "storage/attemptrepository.h"

#include <QDir>
#include <QFileInfo>

namespace coach {

AnalysisQueue::AnalysisQueue(DeliveryAnalyzer &analyzer, AttemptRepository &attempts, QString dataDir,
                             QObject *parent)
    : QObject(parent)
    , m_analyzer(analyzer)
    , m_attempts(attempts)
    , m_dataDir(std::move(dataDir))
{
    connect(&m_analyzer, &DeliveryAnalyzer::analysed, this, &AnalysisQueue::onAnalysed);
    connect(&m_analyzer, &DeliveryAnalyzer::failed, this, &AnalysisQueue::onFailed);
}

void AnalysisQueue::add(const Attempt &attempt)
{
    // Only a file of this profile is read: a row pointing elsewhere is never analysed.
    const auto path = profileAudioFile(m_dataDir, attempt.audioPath);
    if (!path) {
        Q_EMIT failed(attempt.id, path.error());
        return;
    }
    enqueue(attempt.id, path.value());
}

int AnalysisQueue::addBacklog()
{
    const auto missing = m_attempts.withoutFigures();
    if (!missing) {
        Q_EMIT failed(0, missing.error());
        return 0;
    }
    int queued = 0;
    for (const Attempt &a : missing.value()) {
        // A take whose audio is gone, or outside the profile, has nothing to analyse; its list entry already
        // says so.
        const auto path = profileAudioFile(m_dataDir, a.audioPath);
        if (!path || !QFileInfo::exists(path.value()) || m_waiting.contains(a.id))
            continue;
        enqueue(a.id, path.value());
        ++queued;
    }
    return queued;
}

void AnalysisQueue::enqueue(qint64 attemptId, const QString &audioPath)
{
    m_waiting.insert(attemptId);
    ++m_total;
    m_analyzer.analyse(attemptId, audioPath);
    Q_EMIT progressChanged(m_done, m_total);
}

void AnalysisQueue::onAnalysed(qint64 attemptId, const DeliveryFigures &figures)
{
    if (!m_waiting.contains(attemptId))
        return; // asked for by someone else
    if (Status saved = m_attempts.saveFigures(attemptId, figures); !saved)
        Q_EMIT failed(attemptId, saved.error());
    else
        Q_EMIT figuresSaved(attemptId);
    finishOne(attemptId);
}

void AnalysisQueue::onFailed(qint64 attemptId, const QString &message)
{
    if (!m_waiting.contains(attemptId))
        return;
    Q_EMIT failed(attemptId, tr("Delivery figures could not be computed: %1").arg(message));
    finishOne(attemptId);
}

void AnalysisQueue::finishOne(qint64 attemptId)
{
    m_waiting.remove(attemptId);
    ++m_done;
    const int done = m_done;
    const int total = m_total;
    if (m_waiting.isEmpty())
        m_done = m_total = 0; // the next take starts a new count
    Q_EMIT progressChanged(done, total);
}

} // namespace coach
