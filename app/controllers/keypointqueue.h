// The takes waiting to be listened to for their question's key points: one at a time on a worker thread, the
// results saved, with progress, each saved take and each failure reported by signals. A take is listened to
// after it is saved, and older takes once more when their question's key points change.
#pragma once

#include "audio/keywordspotter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QQueue>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>

namespace coach {

class KeyPointRepository;
struct Attempt;

class KeyPointQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyPointQueue)

public:
    // What listens to a file (KeywordSpotter::spotFile; the tests give their own). It runs on a worker
    // thread.
    using SpotFunction = std::function<Result<QList<KeyPointHit>>(
        const QString &opusPath, const QStringList &phrases, const std::atomic_bool *cancelled)>;

    KeyPointQueue(KeyPointRepository &keyPoints, QString dataDir,
                  SpotFunction spot = &KeywordSpotter::spotFile, QObject *parent = nullptr);
    // Stops the running listen between two blocks and waits for it.
    ~KeyPointQueue() override;

    // Empty when key points can be listened for in a question of a bank in this language with the program
    // in this one (both as "en", "de_DE" and the like); otherwise the one-line reason they cannot.
    static QString offReason(const QString &bankLanguage, const QString &programLanguage);

    // A take just saved: listened to for its question's key points (none: nothing to do).
    void add(const Attempt &attempt);
    // The question's takes not yet listened to for its key points as they are now; how many were queued.
    int addOlderTakes(const QString &questionId);
    int done() const { return m_done; }
    int total() const { return m_total; }
    bool isBusy() const { return m_running != 0; }

Q_SIGNALS:
    // After each take queued or finished; done == total: nothing is waiting any more.
    void progressChanged(int done, int total);
    void resultsSaved(qint64 attemptId);
    void failed(qint64 attemptId, const QString &message);

private:
    struct Job
    {
        qint64 attemptId = 0;
        QString questionId;
        QString path;
    };
    struct Outcome
    {
        Result<QList<KeyPointHit>> hits = Result<QList<KeyPointHit>>::cancelled();
    };
    void enqueue(Job job);
    void next();
    void onFinished();
    void finishOne();
    void countDone();

    KeyPointRepository &m_keyPoints;
    QString m_dataDir;
    SpotFunction m_spot;
    QQueue<Job> m_queue;
    QSet<qint64> m_waiting; // queued, not yet running
    qint64 m_running = 0;
    QString m_runningSignature;
    QStringList m_runningPhrases;
    QFutureWatcher<Outcome> m_watcher;
    // Shared with the running job, which may outlive the queue's wait by one block.
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    int m_done = 0;
    int m_total = 0;
};

} // namespace coach
