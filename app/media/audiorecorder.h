// Records the microphone to an Ogg Opus take, reporting levels and the waveform while it runs.
#pragma once

#include "core/recorder.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QElapsedTimer>
#include <QTimer>

#include <memory>
#include <vector>

class QAudioSource;
class QIODevice;
class QMediaDevices;

namespace coach {

class OpusFileWriter;

class AudioRecorder final : public Recorder
{
    Q_OBJECT

public:
    static constexpr int kWaveformBinsPerSecond = 50;
    // Less free room than this on the recordings' disk and a take does not start (about a minute of speech).
    static constexpr qint64 kMinimumFreeBytes = 256 * 1024;

    explicit AudioRecorder(QObject *parent = nullptr);
    ~AudioRecorder() override;

    // An empty id selects the system's default microphone.
    void setDeviceId(const QByteArray &id) override;
    QByteArray deviceId() const { return m_deviceId; }
    void setMaxDurationMs(qint64 ms) override { m_maxDurationMs = ms; }
    qint64 maxDurationMs() const override { return m_maxDurationMs; }

    // A ".partial" file is written meanwhile.
    Status start(const QString &path, const QMap<QString, QString> &tags = {}) override;
    void stop() override;

    State state() const override { return m_state; }
    qint64 elapsedMs() const override;
    QAudioFormat captureFormat() const { return m_format; }

private:
    QAudioDevice findDevice() const;
    void onReadyRead();
    void onSourceStateChanged();
    void onDevicesChanged();
    void finish(const QString &problemText, bool reachedCap);
    void finishSoon(const QString &problemText, bool reachedCap);
    void setState(State state);

    QByteArray m_deviceId;
    qint64 m_maxDurationMs = 180000;
    State m_state = State::Idle;
    bool m_finishing = false;
    // A finish asked for from inside the source's readyRead, run on the next turn of the event loop.
    bool m_finishQueued = false;
    QAudioFormat m_format;
    QAudioDevice m_device;
    QMediaDevices *m_devices = nullptr;
    QTimer m_deviceCheck;
    QAudioSource *m_source = nullptr;
    QIODevice *m_io = nullptr;
    std::unique_ptr<OpusFileWriter> m_writer;
    QString m_finalPath;
    QDateTime m_startedAt;
    std::vector<qint16> m_buffer;
    WaveformBuilder m_waveform{48000 / kWaveformBinsPerSecond};
    qsizetype m_waveformSent = 0;
};

} // namespace coach
