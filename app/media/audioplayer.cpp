#include "media/audioplayer.h"

#include "audio/opusfilereader.h"

#include <QAudioSink>
#include <QIODevice>
#include <QMediaDevices>
#include <QtConcurrent/QtConcurrentRun>

#include <cstring>

namespace coach {

// Serves decoded samples to the sink; seeking moves the read position.
class PcmDevice final : public QIODevice
{
public:
    PcmDevice(std::shared_ptr<const std::vector<qint16>> samples, QObject *parent)
        : QIODevice(parent)
        , m_samples(std::move(samples))
    {}
    qint64 size() const override { return static_cast<qint64>(m_samples->size() * sizeof(qint16)); }
    bool isSequential() const override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, size() - pos());
        if (n <= 0)
            return 0;
        std::memcpy(data, reinterpret_cast<const char *>(m_samples->data()) + pos(), static_cast<size_t>(n));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    std::shared_ptr<const std::vector<qint16>> m_samples;
};

struct AudioPlayer::Loaded
{
    quint64 generation = 0;
    std::shared_ptr<const std::vector<qint16>> samples;
    QList<WaveformBin> waveform;
    QString error;
};

AudioPlayer::AudioPlayer(QObject *parent)
    : Player(parent)
{
    m_positionTimer.setInterval(40);
    connect(&m_positionTimer, &QTimer::timeout, this, [this] {
        Q_EMIT positionChanged(positionMs());
        if (m_state == State::Playing && m_device && m_device->atEnd() && m_sink &&
            m_sink->state() == QAudio::IdleState)
            stop();
    });
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Loaded>>::finished, this, &AudioPlayer::onDecoded);
}

AudioPlayer::~AudioPlayer()
{
    releaseSink();
    m_watcher.waitForFinished();
}

void AudioPlayer::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AudioPlayer::load(const QString &path)
{
    unload();
    m_path = path;
    const quint64 generation = ++m_generation;
    setState(State::Loading);
    m_watcher.setFuture(QtConcurrent::run([path, generation] {
        auto result = std::make_shared<Loaded>();
        result->generation = generation;
        auto decoded = OpusFileReader::decode(path);
        if (!decoded) {
            result->error = decoded.error();
            return result;
        }
        auto samples = std::make_shared<std::vector<qint16>>(std::move(decoded).value().samples);
        if (samples->empty()) {
            result->error = AudioPlayer::tr("The audio file %1 holds no sound; it may be damaged.").arg(path);
            return result;
        }
        result->waveform = computeWaveform(*samples, kWaveformBins);
        result->samples = std::move(samples);
        return result;
    }));
}

void AudioPlayer::onDecoded()
{
    const std::shared_ptr<Loaded> result = m_watcher.result();
    if (!result || result->generation != m_generation)
        return;
    if (!result->error.isEmpty()) {
        setState(State::Failed);
        Q_EMIT loadFailed(result->error);
        return;
    }
    m_samples = result->samples;
    m_waveform = result->waveform;
    setState(State::Stopped);
    Q_EMIT loaded(durationMs());
    Q_EMIT positionChanged(0);
}

void AudioPlayer::unload()
{
    ++m_generation;
    releaseSink();
    m_samples.reset();
    m_waveform.clear();
    m_path.clear();
    setState(State::Empty);
}

void AudioPlayer::releaseSink()
{
    m_positionTimer.stop();
    m_startMs = 0;
    if (m_sink) {
        m_sink->stop();
        delete m_sink;
        m_sink = nullptr;
    }
    delete m_device;
    m_device = nullptr;
}

qint64 AudioPlayer::durationMs() const
{
    return m_samples ? static_cast<qint64>(m_samples->size()) * 1000 / DecodedAudio::kSampleRate : 0;
}

qint64 AudioPlayer::positionMs() const
{
    // The sink reports how much it has played since it started; the start point is where it started from.
    const qint64 played = m_sink ? m_sink->processedUSecs() / 1000 : 0;
    return std::min(durationMs(), m_startMs + played);
}

void AudioPlayer::play()
{
    if (!m_samples)
        return;
    if (m_state == State::Paused && m_sink) {
        m_sink->resume();
        setState(State::Playing);
        m_positionTimer.start();
        return;
    }
    if (m_state == State::Playing)
        return;
    if (!m_device) {
        m_device = new PcmDevice(m_samples, this);
        m_device->open(QIODevice::ReadOnly);
    }
    if (m_device->atEnd())
        m_device->seek(0);
    m_startMs = m_device->pos() / static_cast<qint64>(sizeof(qint16)) * 1000 / DecodedAudio::kSampleRate;
    QAudioFormat format;
    format.setSampleRate(DecodedAudio::kSampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    delete m_sink;
    const QAudioDevice output = QMediaDevices::defaultAudioOutput();
    if (output.isNull()) {
        Q_EMIT playbackFailed(tr("No speaker or headphones were found to play the attempt on."));
        return;
    }
    m_sink = new QAudioSink(output, format, this);
    connect(m_sink, &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::StoppedState && m_sink && m_sink->error() != QAudio::NoError &&
            m_sink->error() != QAudio::UnderrunError) {
            stop();
            Q_EMIT playbackFailed(tr("Playback stopped: the sound output reported an error."));
        }
    });
    m_sink->start(m_device);
    if (m_sink->error() != QAudio::NoError && m_sink->error() != QAudio::UnderrunError) {
        delete m_sink;
        m_sink = nullptr;
        Q_EMIT playbackFailed(tr("The sound output %1 cannot play the attempt.").arg(output.description()));
        return;
    }
    setState(State::Playing);
    m_positionTimer.start();
}

void AudioPlayer::pause()
{
    if (m_state != State::Playing || !m_sink)
        return;
    m_sink->suspend();
    setState(State::Paused);
    m_positionTimer.stop();
    Q_EMIT positionChanged(positionMs());
}

void AudioPlayer::stop()
{
    if (m_state != State::Playing && m_state != State::Paused)
        return;
    m_positionTimer.stop();
    if (m_sink) {
        m_sink->stop();
        delete m_sink;
        m_sink = nullptr;
    }
    if (m_device)
        m_device->seek(0);
    m_startMs = 0;
    setState(State::Stopped);
    Q_EMIT positionChanged(0);
}

void AudioPlayer::seek(qint64 ms)
{
    if (!m_samples)
        return;
    const qint64 sample =
        std::clamp<qint64>(ms * DecodedAudio::kSampleRate / 1000, 0, static_cast<qint64>(m_samples->size()));
    if (!m_device) {
        m_device = new PcmDevice(m_samples, this);
        m_device->open(QIODevice::ReadOnly);
    }
    const bool wasPlaying = m_state == State::Playing;
    m_startMs = sample * 1000 / DecodedAudio::kSampleRate;
    if (m_sink) {
        // Restarting the sink drops what it had buffered from the old position.
        m_sink->stop();
        delete m_sink;
        m_sink = nullptr;
    }
    m_device->seek(sample * static_cast<qint64>(sizeof(qint16)));
    if (wasPlaying) {
        m_state = State::Stopped;
        play();
    } else if (m_state == State::Paused) {
        setState(State::Stopped);
    }
    Q_EMIT positionChanged(positionMs());
}

} // namespace coach
