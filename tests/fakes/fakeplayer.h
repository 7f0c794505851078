// A player without a sound device: loading "decodes" at once or when the test says, and time moves only
// when the test advances it.
#pragma once

#include "core/player.h"

#include <QFileInfo>

namespace coach::test {

class FakePlayer final : public Player
{
public:
    using Player::Player;

    // What the next loads find: a take of this length, and whether loading waits for finishLoading().
    void setTakeDurationMs(qint64 ms) { m_takeMs = ms; }
    void setLoadsAtOnce(bool atOnce) { m_loadsAtOnce = atOnce; }

    void load(const QString &path) override
    {
        m_path = path;
        m_positionMs = 0;
        m_durationMs = 0;
        m_waveform.clear();
        setState(State::Loading);
        if (m_loadsAtOnce)
            finishLoading();
    }
    // Ends the pending load: a missing file fails as the real player's does.
    void finishLoading()
    {
        if (m_state != State::Loading)
            return;
        if (!QFileInfo::exists(m_path)) {
            setState(State::Failed);
            Q_EMIT loadFailed(QStringLiteral("The audio file %1 cannot be read.").arg(m_path));
            return;
        }
        m_durationMs = m_takeMs;
        m_waveform = QList<WaveformBin>(100, WaveformBin{-0.5f, 0.5f});
        setState(State::Stopped);
        Q_EMIT loaded(m_durationMs);
    }
    void unload() override
    {
        m_path.clear();
        m_durationMs = 0;
        m_positionMs = 0;
        m_waveform.clear();
        setState(State::Empty);
    }
    void play() override
    {
        if (m_state == State::Stopped || m_state == State::Paused) {
            ++m_plays;
            setState(State::Playing);
        }
    }
    void pause() override
    {
        if (m_state == State::Playing)
            setState(State::Paused);
    }
    void stop() override
    {
        if (m_state != State::Playing && m_state != State::Paused)
            return;
        setState(State::Stopped);
        setPosition(0);
    }
    void seek(qint64 ms) override
    {
        if (m_durationMs > 0)
            setPosition(qBound<qint64>(0, ms, m_durationMs));
    }
    // Playback moves on; at the end it stops by itself.
    void advance(qint64 ms)
    {
        if (m_state != State::Playing)
            return;
        setPosition(qMin(m_positionMs + ms, m_durationMs));
        if (m_positionMs >= m_durationMs) {
            setState(State::Stopped);
            setPosition(0);
        }
    }

    State state() const override { return m_state; }
    QString path() const override { return m_path; }
    qint64 durationMs() const override { return m_durationMs; }
    qint64 positionMs() const override { return m_positionMs; }
    const QList<WaveformBin> &waveform() const override { return m_waveform; }
    int plays() const { return m_plays; }

private:
    void setState(State state)
    {
        if (state == m_state)
            return;
        m_state = state;
        Q_EMIT stateChanged(state);
    }
    void setPosition(qint64 ms)
    {
        m_positionMs = ms;
        Q_EMIT positionChanged(ms);
    }

    qint64 m_takeMs = 3000;
    bool m_loadsAtOnce = true;
    State m_state = State::Empty;
    QString m_path;
    qint64 m_durationMs = 0;
    qint64 m_positionMs = 0;
    QList<WaveformBin> m_waveform;
    int m_plays = 0;
};

} // namespace coach::test
