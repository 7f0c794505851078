// Records the microphone to an Ogg Opus take, reporting levels and the waveform while it runs.
#pragma once

#include "core/audiolevels.h"
#include "core/result.h"
#include "core/waveform.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QDateTime>
#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class QAudioSource;
class QIODevice;
class QMediaDevices;

namespace coach {

class OpusFileWriter;

struct RecordedTake
{
    QString path; // the finished file
    QDateTime startedAt;
    qint64 durationMs = 0;
    bool reachedCap = false; // stopped by itself at the hard cap
    QString problem;         // why the take ended early (the audio so far is kept), or empty
};

class AudioRecorder final : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Starting, Recording };
    Q_ENUM(State)

    static constexpr int kWaveformBinsPerSecond = 50;
    // Less free room than this on the recordings' disk and a take does not start (about a minute of speech).
    static constexpr qint64 kMinimumFreeBytes = 256 * 1024;

    explicit AudioRecorder(QObject *parent = nullptr);
    ~AudioRecorder() override;

    // An empty id selects the system's default microphone.
    void setDeviceId(const QByteArray &id);
    QByteArray deviceId() const { return m_deviceId; }
    void setMaxDurationMs(qint64 ms) { m_maxDurationMs = ms; }
    qint64 maxDurationMs() const { return m_maxDurationMs; }

    // Starts a take into path (a ".partial" file is written meanwhile; path must not exist).
    Status start(const QString &path, const QMap<QString, QString> &tags = {});
    // Finishes the take; finished() follows. Does nothing when idle.
    void stop();

    State state() const { return m_state; }
    qint64 elapsedMs() const;
    QAudioFormat captureFormat() const { return m_format; }

Q_SIGNALS:
    void stateChanged(coach::AudioRecorder::State state);
    void levelsMeasured(const coach::LevelReading &reading);
    void waveformExtended(const QList<coach::WaveformBin> &bins, int firstIndex);
    void elapsedChanged(qint64 ms);
    void finished(const coach::RecordedTake &take);
    // The take could not go on (device gone, disk full); finished() follows with what was kept.
    void problem(const QString &message);

private:
    QAudioDevice findDevice() const;
    void onReadyRead();
    void onSourceStateChanged();
    void onDevicesChanged();
    void finish(const QString &problemText, bool reachedCap);
    void setState(State state);

    QByteArray m_deviceId;
    qint64 m_maxDurationMs = 180000;
    State m_state = State::Idle;
    bool m_finishing = false;
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

Q_DECLARE_METATYPE(coach::RecordedTake)
Q_DECLARE_METATYPE(coach::LevelReading)
