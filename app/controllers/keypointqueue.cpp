#include "controllers/keypointqueue.h"

#include "core/attempt.h"
#include "core/takefiles.h"
#include "storage/keypointrepository.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace coach {

KeyPointQueue::KeyPointQueue(KeyPointRepository &keyPoints, QString dataDir, SpotFunction spot,
                             QObject *parent)
    : QObject(parent)
    , m_keyPoints(keyPoints)
    , m_dataDir(std::move(dataDir))
    , m_spot(std::move(spot))
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &KeyPointQueue::onFinished);
}

KeyPointQueue::~KeyPointQueue()
{
    m_queue.clear();
    m_cancelled->store(true);
    m_watcher.waitForFinished();
}

QString KeyPointQueue::offReason(const QString &bankLanguage, const QString &programLanguage)
{
    if (!KeywordSpotter::isAvailable())
        return tr("Key points are not listened for: the speech model is not installed.");
    const auto english = [](const QString &language) {
        return language.isEmpty() || language == u"C" || language.startsWith(u"en");
    };
    if (!english(bankLanguage))
        return tr("Key points are listened for in English questions only.");
    if (!english(programLanguage))
        return tr("Key points are listened for only while the program is in English.");
    return {};
}

void KeyPointQueue::add(const Attempt &attempt)
{
    // Only a file of this profile is read: a row pointing elsewhere is never listened to.
    const auto path = profileAudioFile(m_dataDir, attempt.audioPath);
    if (!path) {
        Q_EMIT failed(attempt.id, path.error());
        return;
    }
    const auto points = m_keyPoints.forQuestion(attempt.questionId);
    if (!points || points->isEmpty())
        return;
    enqueue(Job{attempt.id, attempt.questionId, path.value()});
}

int KeyPointQueue::addOlderTakes(const QString &questionId)
{
    const auto points = m_keyPoints.forQuestion(questionId);
    if (!points) {
        Q_EMIT failed(0, points.error());
        return 0;
    }
    if (points->isEmpty())
        return 0;
    const QString signature = keyPointSignature(points.value());
    const auto waiting = m_keyPoints.notListenedFor(questionId, signature);
    if (!waiting) {
        Q_EMIT failed(0, waiting.error());
        return 0;
    }
    int queued = 0;
    for (const Attempt &a : waiting.value()) {
        // A take whose audio is gone, or outside the profile, has nothing to listen to; one being listened to
        // for these key points right now needs no second time.
        const auto path = profileAudioFile(m_dataDir, a.audioPath);
        if (!path || !QFileInfo::exists(path.value()) || m_waiting.contains(a.id) ||
            (a.id == m_running && m_runningSignature == signature))
            continue;
        enqueue(Job{a.id, questionId, path.value()});
        ++queued;
    }
    return queued;
}

void KeyPointQueue::enqueue(Job job)
{
    if (m_waiting.contains(job.attemptId))
        return;
    m_waiting.insert(job.attemptId);
    m_queue.enqueue(std::move(job));
    ++m_total;
    Q_EMIT progressChanged(m_done, m_total);
    next();
}

void KeyPointQueue::next()
{
    while (m_running == 0 && !m_queue.isEmpty()) {
        const Job job = m_queue.dequeue();
        m_waiting.remove(job.attemptId);
        // The key points as they are when the take's turn comes: a change while it waited is heard.
        const auto points = m_keyPoints.forQuestion(job.questionId);
        if (!points || points->isEmpty()) {
            if (!points)
                Q_EMIT failed(job.attemptId, points.error());
            countDone();
            continue;
        }
        m_running = job.attemptId;
        m_runningSignature = keyPointSignature(points.value());
        m_runningPhrases = phrasesOf(points.value());
        const QStringList listened = listenedFor(points.value());
        const SpotFunction spot = m_spot;
        const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
        const QString path = job.path;
        m_watcher.setFuture(QtConcurrent::run(
            [spot, cancelled, path, listened] { return Outcome{spot(path, listened, cancelled.get())}; }));
    }
}

void KeyPointQueue::onFinished()
{
    const qint64 attemptId = std::exchange(m_running, 0);
    const Outcome outcome = m_watcher.result();
    if (outcome.hits.isCancelled()) {
        finishOne();
        return;
    }
    if (!outcome.hits) {
        Q_EMIT failed(attemptId, tr("Key points could not be listened for: %1").arg(outcome.hits.error()));
    } else {
        // Stored under the phrases as shown, in the order listed; a phrase the spotter left out was not
        // heard.
        QList<KeyPointResult> results;
        for (qsizetype i = 0; i < m_runningPhrases.size(); ++i) {
            KeyPointResult r{m_runningPhrases.at(i)};
            if (i < outcome.hits->size()) {
                const KeyPointHit &hit = outcome.hits->at(i);
                r.heard = hit.heard;
                r.startMs = hit.heard ? hit.startMs : -1;
                r.endMs = hit.heard ? hit.endMs : -1;
                r.count = hit.heard ? std::max(1, hit.count) : 0;
            }
            results.append(r);
        }
        if (Status saved = m_keyPoints.saveResults(attemptId, m_runningSignature, results); !saved)
            Q_EMIT failed(attemptId, saved.error());
        else
            Q_EMIT resultsSaved(attemptId);
    }
    finishOne();
}

void KeyPointQueue::finishOne()
{
    countDone();
    next();
}

void KeyPointQueue::countDone()
{
    ++m_done;
    const int done = m_done;
    const int total = m_total;
    if (m_queue.isEmpty() && m_running == 0)
        m_done = m_total = 0; // the next take starts a new count
    Q_EMIT progressChanged(done, total);
}

} // namespace coach
