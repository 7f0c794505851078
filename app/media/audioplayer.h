// Plays one take: decodes it off the GUI thread, computes its waveform, then plays, pauses and seeks it.
#pragma once

#include "core/player.h"

#include <QFutureWatcher>
#include <QTimer>

#include <memory>
#include <vector>

class QAudioSink;

namespace coach {

class PcmDevice;
struct DecodedAudio;

class AudioPlayer final : public Player
{
    Q_OBJECT

public:
    explicit AudioPlayer(QObject *parent = nullptr);
    ~AudioPlayer() override;

    // Decodes the file in the background; loaded() or loadFailed() follows.
    void load(const QString &path) override;
    void unload() override;
    void play() override;
    void pause() override;
    void stop() override;
    void seek(qint64 ms) override;

    State state() const override { return m_state; }
    QString path() const override { return m_path; }
    qint64 durationMs() const override;
    qint64 positionMs() const override;
    const QList<WaveformBin> &waveform() const override { return m_waveform; }

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
