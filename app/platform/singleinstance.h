// One running program per profile: a second start with the same data folder hands over to the first (which
// comes to the front) instead of fighting over the database. The guard is a QLockFile in the data folder,
// whose path is canonicalised first (symbolic links resolved), so it depends neither on USER nor on TMPDIR
// nor on how the path was typed; the hand-over socket (a Unix domain socket only its user may use, without
// QtNetwork, whose libraries would slow every start) is named after a hash of that canonical path.
#pragma once

#include <QObject>

#include <memory>
#include <thread>

class QLockFile;
class QSocketNotifier;

namespace coach {

// The profile's lock taken on a thread of its own while the application is being made: writing the lock file
// waits for the disk. SingleInstance::claim() takes it over when it is for the same data folder; a lock that
// is never taken over is given up with this object.
class LockAhead final
{
public:
    explicit LockAhead(const QString &dataDir);
    ~LockAhead();
    LockAhead(const LockAhead &) = delete;
    LockAhead &operator=(const LockAhead &) = delete;

private:
    friend class SingleInstance;
    struct Taken;
    std::unique_ptr<Taken> take();  // waits for the thread; null the second time
    std::unique_ptr<Taken> m_taken; // written by the thread: made before it starts
    std::thread m_thread;
};

class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True: this is the only instance (it holds the lock and listens). False: another one runs and was
    // asked to come to the front. The lock of a program that was killed is stale and taken over. ahead: a
    // lock tried on a thread before, used when it is for this data folder.
    bool claim(LockAhead *ahead = nullptr);
    // Stops answering and gives up the lock, so a new start of the program becomes the instance.
    void release();
    QString serverName() const { return m_name; }
    // The lock file in the data folder.
    QString lockPath() const;

Q_SIGNALS:
    // A second start asked this instance to show itself.
    void activationRequested();

private:
    void listen();
    void stopListening();
    void acceptStarts();
    void readStart(QSocketNotifier *notifier);
    bool askOtherToShow(int timeoutMs);

    QString m_dataDir;
    QString m_canonical;
    QString m_name;
    std::unique_ptr<QLockFile> m_lock;
    int m_listener = -1;
    QSocketNotifier *m_accepting = nullptr;
};

} // namespace coach
