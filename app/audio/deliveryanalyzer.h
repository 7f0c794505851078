// Computes delivery figures of recordings off the GUI thread, one at a time, in the order they were asked
// for.
#pragma once

#include "core/result.h"
#include "core/speechanalysis.h"

#include <QFutureWatcher>
#include <QObject>
#include <QQueue>

#include <atomic>
#include <memory>

namespace coach {

class DeliveryAnalyzer final : public QObject
{
    Q_OBJECT

public:
    explicit DeliveryAnalyzer(QObject *parent = nullptr);
    ~DeliveryAnalyzer() override;

    void analyse(qint64 attemptId, const QString &audioPath);
    // Stops the running analysis between two blocks and drops the queue; the destructor does it too, so
    // quitting during the analysis of a long take ends at once.
    void cancel();
    // Blocks of samples the running or last analysis has read.
    qint64 blocksRead() const { return m_control->blocks.load(); }
    // The same count, which can still be read once the analyzer is gone.
    std::shared_ptr<const std::atomic<qint64>> blockCounter() const
    {
        return {m_control, &m_control->blocks};
    }

    // The figures of a recording read and analysed a block at a time, in bounded memory whatever its length.
    // `cancelled` is checked between blocks; `blocks` counts the blocks read.
    static Result<DeliveryFigures> analyseFile(const QString &path,
                                               const std::atomic_bool *cancelled = nullptr,
                                               std::atomic<qint64> *blocks = nullptr);
    bool isBusy() const { return m_busy; }
    int pending() const { return static_cast<int>(m_queue.size()) + (m_busy ? 1 : 0); }

Q_SIGNALS:
    void analysed(qint64 attemptId, const coach::DeliveryFigures &figures);
    void failed(qint64 attemptId, const QString &message);
    // The analysis stopped part-way because cancel() was called.
    void cancelled(qint64 attemptId);
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
        bool cancelled = false;
    };
    void next();

    // Shared with the running job, which may outlive a cancelled analyzer's wait by one block.
    struct Control
    {
        std::atomic_bool cancelled{false};
        std::atomic<qint64> blocks{0};
    };

    QQueue<Job> m_queue;
    QFutureWatcher<Outcome> m_watcher;
    bool m_busy = false;
    std::shared_ptr<Control> m_control = std::make_shared<Control>();
};

} // namespace coach

Q_DECLARE_METATYPE(coach::DeliveryFigures)
