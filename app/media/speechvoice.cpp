#include "media/speechvoice.h"

#include <QTextToSpeech>

namespace coach {

SpeechVoice::SpeechVoice(QObject *parent)
    : Voice(parent)
{}

SpeechVoice::~SpeechVoice() = default;

bool SpeechVoice::isAvailable()
{
    if (m_tried)
        return m_engine != nullptr;
    m_tried = true;
    const QStringList engines = QTextToSpeech::availableEngines();
    // flite works offline with no daemon; speech-dispatcher needs its service running, so it comes last.
    QString engine;
    if (engines.contains(QStringLiteral("flite")))
        engine = QStringLiteral("flite");
    else if (!engines.isEmpty())
        engine = engines.constFirst();
    if (engine.isEmpty()) {
        m_unavailable = tr("No speech engine is installed (for example flite).");
        return false;
    }
    auto *tts = new QTextToSpeech(engine, this);
    if (tts->state() == QTextToSpeech::Error) {
        m_unavailable = tr("The speech engine \"%1\" cannot start: %2").arg(engine, tts->errorString());
        delete tts;
        return false;
    }
    m_engine = tts;
    connect(m_engine, &QTextToSpeech::stateChanged, this, &SpeechVoice::onState);
    connect(m_engine, &QTextToSpeech::errorOccurred, this,
            [this](QTextToSpeech::ErrorReason, const QString &message) {
                m_speaking = false;
                Q_EMIT failed(message);
                Q_EMIT finished();
            });
    setVoiceName(m_voice);
    setRate(m_rate);
    setVolume(m_volume);
    return true;
}

QStringList SpeechVoice::voiceNames()
{
    QStringList names;
    if (isAvailable()) {
        for (const QVoice &voice : m_engine->availableVoices())
            names << voice.name();
    }
    return names;
}

void SpeechVoice::setVoiceName(const QString &name)
{
    m_voice = name;
    if (!m_engine || name.isEmpty())
        return;
    for (const QVoice &voice : m_engine->availableVoices()) {
        if (voice.name() == name) {
            m_engine->setVoice(voice);
            return;
        }
    }
}

void SpeechVoice::setRate(double rate)
{
    m_rate = std::clamp(rate, -1.0, 1.0);
    if (m_engine)
        m_engine->setRate(m_rate);
}

void SpeechVoice::setVolume(double volume)
{
    m_volume = std::clamp(volume, 0.0, 1.0);
    if (m_engine)
        m_engine->setVolume(m_volume);
}

bool SpeechVoice::say(const QString &text)
{
    if (!isAvailable())
        return false;
    m_sinceSay.start();
    m_speaking = true;
    m_engine->say(text);
    if (m_engine->state() == QTextToSpeech::Error) {
        m_speaking = false;
        m_unavailable = m_engine->errorString();
        return false;
    }
    return true;
}

void SpeechVoice::stop()
{
    if (m_engine && m_speaking)
        m_engine->stop();
}

void SpeechVoice::onState()
{
    switch (m_engine->state()) {
    case QTextToSpeech::Speaking:
        if (m_sinceSay.isValid()) {
            m_latencyMs = m_sinceSay.elapsed();
            m_sinceSay.invalidate();
        }
        Q_EMIT started();
        break;
    case QTextToSpeech::Ready:
        if (m_speaking) {
            m_speaking = false;
            Q_EMIT finished();
        }
        break;
    case QTextToSpeech::Paused:
    case QTextToSpeech::Error:
        break;
    }
}

} // namespace coach
