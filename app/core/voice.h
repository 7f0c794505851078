// What the mock interview needs of the interviewer's voice: read a question aloud and say when it is done.
// The program speaks with SpeechVoice; unit tests use a fake that is silent and as fast as the test wants.
#pragma once

#include <QObject>
#include <QStringList>

namespace coach {

class Voice : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Voice)

public:
    explicit Voice(QObject *parent = nullptr)
        : QObject(parent)
    {}
    ~Voice() override = default;

    // False when nothing can speak (unavailableReason() says why).
    virtual bool isAvailable() = 0;
    virtual QString unavailableReason() const = 0;
    virtual QStringList voiceNames() = 0;
    // An empty or unknown name keeps the default voice.
    virtual void setVoiceName(const QString &name) = 0;
    virtual void setRate(double rate) = 0;     // -1 (slow) to 1 (fast); 0 is normal
    virtual void setVolume(double volume) = 0; // 0 to 1

    // Starts reading; finished() follows when done or stopped. False when nothing can speak.
    virtual bool say(const QString &text) = 0;
    virtual void stop() = 0;

Q_SIGNALS:
    void started();
    void finished();
    void failed(const QString &message);
};

} // namespace coach
