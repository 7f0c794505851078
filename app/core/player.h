// What the widgets need of a take player: load, play, pause and seek one file, and its waveform. The
// program plays with AudioPlayer; unit tests use a fake that needs no sound device.
#pragma once

#include "core/waveform.h"

#include <QObject>

namespace coach {

class Player : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Player)

public:
    enum class State { Empty, Loading, Stopped, Playing, Paused, Failed };
    Q_ENUM(State)
    // Bins in the waveform of a whole take.
    static constexpr int kWaveformBins = 2000;

    explicit Player(QObject *parent = nullptr)
        : QObject(parent)
    {}
    ~Player() override = default;

    // loaded() or loadFailed() follows, at once or later.
    virtual void load(const QString &path) = 0;
    virtual void unload() = 0;
    virtual void play() = 0;
    virtual void pause() = 0;
    virtual void stop() = 0;
    virtual void seek(qint64 ms) = 0;

    virtual State state() const = 0;
    virtual QString path() const = 0;
    virtual qint64 durationMs() const = 0;
    virtual qint64 positionMs() const = 0;
    virtual const QList<WaveformBin> &waveform() const = 0;

Q_SIGNALS:
    void stateChanged(coach::Player::State state);
    void loaded(qint64 durationMs);
    void loadFailed(const QString &message);
    void positionChanged(qint64 ms);
    void playbackFailed(const QString &message);
};

} // namespace coach
