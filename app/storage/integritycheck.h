// PRAGMA quick_check of a database file on a connection and a thread of its own, so that a large history
// is checked while the window is built and shown instead of before.
#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>

class QThread;

namespace coach {

class IntegrityCheck final : public QObject
{
    Q_OBJECT

public:
    explicit IntegrityCheck(QObject *parent = nullptr);
    ~IntegrityCheck() override; // waits for a running check
    Q_DISABLE_COPY_MOVE(IntegrityCheck)

    // Starts checking the file at path (read-only: the check never writes); finished() follows. A check runs
    // once: later calls do nothing.
    void start(const QString &path);
    // Blocks until the check is over; its result. Success when no check was started.
    Status wait();
    // The check ran and SQLite found damage (not merely: the file could not be opened).
    bool foundDamage() const { return m_damaged; }

Q_SIGNALS:
    // In the thread that started the check, once its result is known.
    void finished();

private:
    void run(const QString &path);

    QThread *m_thread = nullptr;
    Status m_result = Status::success();
    bool m_damaged = false;
};

} // namespace coach
