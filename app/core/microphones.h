// What the widgets need of the system's microphones: the list, which one is the default, and word when either
// changes. The program asks the sound server (SystemMicrophones, in the media module); unit tests use a fake.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

namespace coach {

struct Microphone
{
    QByteArray id;
    QString description;

    friend bool operator==(const Microphone &, const Microphone &) = default;
};

class Microphones : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Microphones)

public:
    explicit Microphones(QObject *parent = nullptr)
        : QObject(parent)
    {}
    ~Microphones() override = default;

    // Starts following the system's devices (kept out of the constructor: it talks to the sound server);
    // changed() follows at once and whenever the list or the default changes.
    virtual void watch() = 0;
    virtual QList<Microphone> inputs() const = 0;
    virtual QByteArray defaultId() const = 0;

Q_SIGNALS:
    void changed();
};

} // namespace coach
