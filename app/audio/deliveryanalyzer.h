// Computes delivery figures of recordings off the GUI thread, one at a time, in the order they were asked
// for.
#pragma once

#include "core/speechanalysis.h"

#include <QFutureWatcher>
#include <QObject>
#include <QQueue>

namespace coach {

class DeliveryAnalyzer final : public QObject
{
    Q_OBJECT

public:
    explicit DeliveryAnalyzer(QObject *parent = nullptr);
    ~DeliveryAnalyzer() override;

    void analyse(qint64 attemptId, const QString &audioPath);
    bool isBusy() const { return m_busy; }
    int pending() const { return static_cast<int>(m_queue.size()) + (m_busy ? 1 : 0); }

Q_SIGNALS:
    void analysed(qint64 attemptId, const coach::DeliveryFigures &figures);
    void failed(qint64 attemptId, const QString &message);
    void idle();

private:
    struct Job
    {
        qint64 attemptId;
        QString path;
    };
    struct Outcome
    {
        qint64 attemptId = 0;
        DeliveryFigures figures;
        QString error;
    };
    void next();

    QQueue<Job> m_queue;
    QFutureWatcher<Outcome> m_watcher;
    bool m_busy = false;
};

} // namespace coach

Q_DECLARE_METATYPE(coach::DeliveryFigures)
