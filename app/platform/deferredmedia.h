// The recorder, player, voice and microphone list the windows are built with, before the media module is
// loaded: each creates its real counterpart from the module when first used, passes every call and signal
// through, and keeps the settings it was given meanwhile. When the module cannot be loaded, recording,
// playing and speaking fail with a message naming the problem, and the rest of the program works.
#pragma once

#include "core/microphones.h"
#include "core/player.h"
#include "core/recorder.h"
#include "core/voice.h"

#include <memory>

namespace coach {

class MediaModule;

class DeferredRecorder final : public Recorder
{
    Q_OBJECT

public:
    explicit DeferredRecorder(MediaModule &module, QObject *parent = nullptr);
    ~DeferredRecorder() override;

    void setDeviceId(const QByteArray &id) override;
    void setMaxDurationMs(qint64 ms) override;
    qint64 maxDurationMs() const override { return m_maxDurationMs; }
    Status start(const QString &path, const QMap<QString, QString> &tags = {}) override;
    void stop() override;
    State state() const override;
    qint64 elapsedMs() const override;

private:
    Recorder *real();

    MediaModule &m_module;
    std::unique_ptr<Recorder> m_real;
    QByteArray m_deviceId;
    qint64 m_maxDurationMs = 180000;
};

class DeferredPlayer final : public Player
{
    Q_OBJECT

public:
    explicit DeferredPlayer(MediaModule &module, QObject *parent = nullptr);
    ~DeferredPlayer() override;

    void load(const QString &path) override;
    void unload() override;
    void play() override;
    void pause() override;
    void stop() override;
    void seek(qint64 ms) override;
    State state() const override;
    QString path() const override;
    qint64 durationMs() const override;
    qint64 positionMs() const override;
    const QList<WaveformBin> &waveform() const override;

private:
    Player *real();

    MediaModule &m_module;
    std::unique_ptr<Player> m_real;
};

class DeferredVoice final : public Voice
{
    Q_OBJECT

public:
    explicit DeferredVoice(MediaModule &module, QObject *parent = nullptr);
    ~DeferredVoice() override;

    bool isAvailable() override;
    QString unavailableReason() const override;
    QStringList voiceNames() override;
    void setVoiceName(const QString &name) override;
    void setRate(double rate) override;
    void setVolume(double volume) override;
    bool say(const QString &text) override;
    void stop() override;

private:
    Voice *real();

    MediaModule &m_module;
    std::unique_ptr<Voice> m_real;
    QString m_voiceName;
    double m_rate = 0;
    double m_volume = 1;
};

class DeferredMicrophones final : public Microphones
{
    Q_OBJECT

public:
    explicit DeferredMicrophones(MediaModule &module, QObject *parent = nullptr);
    ~DeferredMicrophones() override;

    // Without the module the list stays empty; changed() follows all the same.
    void watch() override;
    QList<Microphone> inputs() const override;
    QByteArray defaultId() const override;

private:
    MediaModule &m_module;
    std::unique_ptr<Microphones> m_real;
};

} // namespace coach
