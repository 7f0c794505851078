// The takes waiting for their delivery figures: each is run through the DeliveryAnalyzer in the background
// and its figures saved, with progress, each saved take and each failure reported by signals (the window
// shows them; nothing here is a widget).
#pragma once

#include <QObject>
#include <QSet>

namespace coach {

class AttemptRepository;
class DeliveryAnalyzer;
struct Attempt;
struct DeliveryFigures;

class AnalysisQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisQueue)

public:
    AnalysisQueue(DeliveryAnalyzer &analyzer, AttemptRepository &attempts, QString dataDir,
                  QObject *parent = nullptr);

    // A take just saved.
    void add(const Attempt &attempt);
    // Attempts recorded before figures existed (or analysed by an older method) whose audio is still there;
    // returns how many were queued.
    int addBacklog();
    int done() const { return m_done; }
    int total() const { return m_total; }

Q_SIGNALS:
    // After each take queued or finished; done == total: nothing is waiting any more.
    void progressChanged(int done, int total);
    void figuresSaved(qint64 attemptId);
    void failed(qint64 attemptId, const QString &message);

private:
    void enqueue(qint64 attemptId, const QString &audioPath);
    void onAnalysed(qint64 attemptId, const DeliveryFigures &figures);
    void onFailed(qint64 attemptId, const QString &message);
    void finishOne(qint64 attemptId);

    DeliveryAnalyzer &m_analyzer;
    AttemptRepository &m_attempts;
    QString m_dataDir;
    QSet<qint64> m_waiting;
    int m_done = 0;
    int m_total = 0;
};

} // namespace coach
