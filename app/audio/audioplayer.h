// Plays one take: decodes it off the GUI thread, computes its waveform, then plays, pauses and seeks it.
#pragma once

#include "core/waveform.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class QAudioSink;

namespace coach {

class PcmDevice;
struct DecodedAudio;

class AudioPlayer final : public QObject
{
    Q_OBJECT

public:
    enum class State { Empty, Loading, Stopped, Playing, Paused, Failed };
    Q_ENUM(State)

    static constexpr int kWaveformBins = 2000;

    explicit AudioPlayer(QObject *parent = nullptr);
    ~AudioPlayer() override;

    // Decodes the file in the background; loaded() or loadFailed() follows.
    void load(const QString &path);
    void unload();
    void play();
    void pause();
    void stop();
    void seek(qint64 ms);

    State state() const { return m_state; }
    QString path() const { return m_path; }
    qint64 durationMs() const;
    qint64 positionMs() const;
    const QList<WaveformBin> &waveform() const { return m_waveform; }

Q_SIGNALS:
    void stateChanged(coach::AudioPlayer::State state);
    void loaded(qint64 durationMs);
    void loadFailed(const QString &message);
    void positionChanged(qint64 ms);
    void playbackFailed(const QString &message);

private:
    struct Loaded;
    void onDecoded();
    void setState(State state);
    void releaseSink();

    State m_state = State::Empty;
    QString m_path;
    std::shared_ptr<const std::vector<qint16>> m_samples;
    QList<WaveformBin> m_waveform;
    QFutureWatcher<std::shared_ptr<Loaded>> m_watcher;
    QAudioSink *m_sink = nullptr;
    PcmDevice *m_device = nullptr;
    QTimer m_positionTimer;
    qint64 m_startMs = 0;     // where the current sink started playing
    quint64 m_generation = 0; // ignores decodes of files that were replaced meanwhile
};

} // namespace coach
