// A silent interviewer: say() finishes on the next turn of the event loop, or when the test says.
#pragma once

#include "core/voice.h"

#include <QTimer>

#include <utility>

namespace coach::test {

class FakeVoice final : public Voice
{
public:
    using Voice::Voice;

    void setAvailable(bool available) { m_available = available; }
    // When false, each say() goes on until finishSpeaking().
    void setFinishesAtOnce(bool atOnce) { m_finishesAtOnce = atOnce; }

    bool isAvailable() override { return m_available; }
    QString unavailableReason() const override
    {
        return m_available ? QString() : QStringLiteral("No speech engine is installed.");
    }
    QStringList voiceNames() override
    {
        return m_available ? QStringList{QStringLiteral("fake")} : QStringList();
    }
    void setVoiceName(const QString &name) override { m_voiceName = name; }
    void setRate(double rate) override { m_rate = rate; }
    void setVolume(double volume) override { m_volume = volume; }

    bool say(const QString &text) override
    {
        if (!m_available)
            return false;
        m_said << text;
        m_speaking = true;
        Q_EMIT started();
        // Not from inside say(): the real engine always answers later, and callers rely on that.
        if (m_finishesAtOnce)
            QTimer::singleShot(0, this, &FakeVoice::finishSpeaking);
        return true;
    }
    void stop() override { finishSpeaking(); }
    void finishSpeaking()
    {
        if (!std::exchange(m_speaking, false))
            return;
        Q_EMIT finished();
    }

    bool isSpeaking() const { return m_speaking; }
    QStringList said() const { return m_said; }
    QString voiceName() const { return m_voiceName; }
    double rate() const { return m_rate; }
    double volume() const { return m_volume; }

private:
    bool m_available = true;
    bool m_finishesAtOnce = true;
    bool m_speaking = false;
    QStringList m_said;
    QString m_voiceName;
    double m_rate = 0;
    double m_volume = 1;
};

} // namespace coach::test
