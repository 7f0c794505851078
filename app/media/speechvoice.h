// The interviewer's voice: reads a question aloud with Qt TextToSpeech, offline (the flite engine where
// installed). The engine is created on first use, so the program starts as fast without it.
#pragma once

#include "core/voice.h"

#include <QElapsedTimer>

class QTextToSpeech;

namespace coach {

class SpeechVoice final : public Voice
{
    Q_OBJECT

public:
    explicit SpeechVoice(QObject *parent = nullptr);
    ~SpeechVoice() override;

    // Creates the engine if needed; false when no engine can speak (unavailableReason() says why).
    bool isAvailable() override;
    QString unavailableReason() const override { return m_unavailable; }
    QStringList voiceNames() override;
    // An empty or unknown name keeps the engine's default voice.
    void setVoiceName(const QString &name) override;
    void setRate(double rate) override;
    void setVolume(double volume) override;

    bool say(const QString &text) override;
    void stop() override;
    bool isSpeaking() const { return m_speaking; }
    // How long the last say() took until the engine started speaking, in ms; -1 before.
    qint64 lastStartLatencyMs() const { return m_latencyMs; }

private:
    void onState();

    QTextToSpeech *m_engine = nullptr;
    QString m_unavailable;
    bool m_tried = false;
    bool m_speaking = false;
    QElapsedTimer m_sinceSay;
    qint64 m_latencyMs = -1;
    QString m_voice;
    double m_rate = 0;
    double m_volume = 1;
};

} // namespace coach
