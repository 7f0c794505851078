#include "platform/deferredmedia.h"

#include "core/mediabackend.h"
#include "platform/mediamodule.h"

namespace coach {

DeferredRecorder::DeferredRecorder(MediaModule &module, QObject *parent)
    : Recorder(parent)
    , m_module(module)
{}

DeferredRecorder::~DeferredRecorder() = default;

Recorder *DeferredRecorder::real()
{
    if (m_real)
        return m_real.get();
    MediaBackend *backend = m_module.backend();
    if (!backend)
        return nullptr;
    m_real = backend->createRecorder();
    m_real->setDeviceId(m_deviceId);
    m_real->setMaxDurationMs(m_maxDurationMs);
    connect(m_real.get(), &Recorder::stateChanged, this, &Recorder::stateChanged);
    connect(m_real.get(), &Recorder::levelsMeasured, this, &Recorder::levelsMeasured);
    connect(m_real.get(), &Recorder::waveformExtended, this, &Recorder::waveformExtended);
    connect(m_real.get(), &Recorder::elapsedChanged, this, &Recorder::elapsedChanged);
    connect(m_real.get(), &Recorder::finished, this, &Recorder::finished);
    connect(m_real.get(), &Recorder::problem, this, &Recorder::problem);
    return m_real.get();
}

void DeferredRecorder::setDeviceId(const QByteArray &id)
{
    m_deviceId = id;
    if (m_real)
        m_real->setDeviceId(id);
}

void DeferredRecorder::setMaxDurationMs(qint64 ms)
{
    m_maxDurationMs = ms;
    if (m_real)
        m_real->setMaxDurationMs(ms);
}

Status DeferredRecorder::start(const QString &path, const QMap<QString, QString> &tags)
{
    if (Recorder *recorder = real())
        return recorder->start(path, tags);
    return Status::failure(m_module.unavailableMessage());
}

void DeferredRecorder::stop()
{
    if (m_real)
        m_real->stop();
}

Recorder::State DeferredRecorder::state() const
{
    return m_real ? m_real->state() : State::Idle;
}

qint64 DeferredRecorder::elapsedMs() const
{
    return m_real ? m_real->elapsedMs() : 0;
}

DeferredPlayer::DeferredPlayer(MediaModule &module, QObject *parent)
    : Player(parent)
    , m_module(module)
{}

DeferredPlayer::~DeferredPlayer() = default;

Player *DeferredPlayer::real()
{
    if (m_real)
        return m_real.get();
    MediaBackend *backend = m_module.backend();
    if (!backend)
        return nullptr;
    m_real = backend->createPlayer();
    connect(m_real.get(), &Player::stateChanged, this, &Player::stateChanged);
    connect(m_real.get(), &Player::loaded, this, &Player::loaded);
    connect(m_real.get(), &Player::loadFailed, this, &Player::loadFailed);
    connect(m_real.get(), &Player::positionChanged, this, &Player::positionChanged);
    connect(m_real.get(), &Player::playbackFailed, this, &Player::playbackFailed);
    return m_real.get();
}

void DeferredPlayer::load(const QString &path)
{
    if (Player *player = real())
        player->load(path);
    else
        Q_EMIT loadFailed(m_module.unavailableMessage());
}

void DeferredPlayer::unload()
{
    if (m_real)
        m_real->unload();
}

void DeferredPlayer::play()
{
    if (m_real)
        m_real->play();
}

void DeferredPlayer::pause()
{
    if (m_real)
        m_real->pause();
}

void DeferredPlayer::stop()
{
    if (m_real)
        m_real->stop();
}

void DeferredPlayer::seek(qint64 ms)
{
    if (m_real)
        m_real->seek(ms);
}

Player::State DeferredPlayer::state() const
{
    return m_real ? m_real->state() : State::Empty;
}

QString DeferredPlayer::path() const
{
    return m_real ? m_real->path() : QString();
}

qint64 DeferredPlayer::durationMs() const
{
    return m_real ? m_real->durationMs() : 0;
}

qint64 DeferredPlayer::positionMs() const
{
    return m_real ? m_real->positionMs() : 0;
}

const QList<WaveformBin> &DeferredPlayer::waveform() const
{
    static const QList<WaveformBin> none;
    return m_real ? m_real->waveform() : none;
}

DeferredVoice::DeferredVoice(MediaModule &module, QObject *parent)
    : Voice(parent)
    , m_module(module)
{}

DeferredVoice::~DeferredVoice() = default;

Voice *DeferredVoice::real()
{
    if (m_real)
        return m_real.get();
    MediaBackend *backend = m_module.backend();
    if (!backend)
        return nullptr;
    m_real = backend->createVoice();
    m_real->setVoiceName(m_voiceName);
    m_real->setRate(m_rate);
    m_real->setVolume(m_volume);
    connect(m_real.get(), &Voice::started, this, &Voice::started);
    connect(m_real.get(), &Voice::finished, this, &Voice::finished);
    connect(m_real.get(), &Voice::failed, this, &Voice::failed);
    return m_real.get();
}

bool DeferredVoice::isAvailable()
{
    Voice *voice = real();
    return voice && voice->isAvailable();
}

QString DeferredVoice::unavailableReason() const
{
    return m_real ? m_real->unavailableReason() : m_module.unavailableMessage();
}

QStringList DeferredVoice::voiceNames()
{
    Voice *voice = real();
    return voice ? voice->voiceNames() : QStringList();
}

void DeferredVoice::setVoiceName(const QString &name)
{
    m_voiceName = name;
    if (m_real)
        m_real->setVoiceName(name);
}

void DeferredVoice::setRate(double rate)
{
    m_rate = rate;
    if (m_real)
        m_real->setRate(rate);
}

void DeferredVoice::setVolume(double volume)
{
    m_volume = volume;
    if (m_real)
        m_real->setVolume(volume);
}

bool DeferredVoice::say(const QString &text)
{
    Voice *voice = real();
    return voice && voice->say(text);
}

void DeferredVoice::stop()
{
    if (m_real)
        m_real->stop();
}

DeferredMicrophones::DeferredMicrophones(MediaModule &module, QObject *parent)
    : Microphones(parent)
    , m_module(module)
{}

DeferredMicrophones::~DeferredMicrophones() = default;

void DeferredMicrophones::watch()
{
    if (!m_real) {
        if (MediaBackend *backend = m_module.backend()) {
            m_real = backend->createMicrophones();
            connect(m_real.get(), &Microphones::changed, this, &Microphones::changed);
        }
    }
    if (m_real)
        m_real->watch();
    else
        Q_EMIT changed();
}

QList<Microphone> DeferredMicrophones::inputs() const
{
    return m_real ? m_real->inputs() : QList<Microphone>();
}

QByteArray DeferredMicrophones::defaultId() const
{
    return m_real ? m_real->defaultId() : QByteArray();
}

} // namespace coach
