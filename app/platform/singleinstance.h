// One running program per profile: a second start with the same data folder hands over to the first (which
// comes to the front) instead of fighting over the database. Works through a local socket named after the
// user and the data folder, so separate profiles can run side by side.
#pragma once

#include <QObject>

class QLocalServer;

namespace coach {

class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True: this is the only instance (and now listens). False: another one runs and was asked to come to
    // the front.
    bool claim();
    // Stops answering, so a new start of the program becomes the instance.
    void release();
    QString serverName() const { return m_name; }

Q_SIGNALS:
    // A second start asked this instance to show itself.
    void activationRequested();

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace coach
