// A recorder without a sound device: a test starts it, feeds it levels and time, and stops it with a take.
#pragma once

#include "core/recorder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <utility>

namespace coach::test {

class FakeRecorder final : public Recorder
{
public:
    using Recorder::Recorder;

    void setDeviceId(const QByteArray &id) override { m_deviceId = id; }
    QByteArray deviceId() const { return m_deviceId; }
    void setMaxDurationMs(qint64 ms) override { m_maxDurationMs = ms; }
    qint64 maxDurationMs() const override { return m_maxDurationMs; }

    // The next start() fails with this message (as with no microphone); empty lets it start.
    void refuseNextStart(const QString &message) { m_refusal = message; }
    // Starting waits for answerStart(), as a real device takes a moment to open.
    void setStartsAtOnce(bool atOnce) { m_startsAtOnce = atOnce; }

    Status start(const QString &path, const QMap<QString, QString> &tags = {}) override
    {
        if (m_state != State::Idle)
            return Status::failure(QStringLiteral("A recording is already running."));
        if (!m_refusal.isEmpty())
            return Status::failure(std::exchange(m_refusal, QString()));
        m_path = path;
        m_tags = tags;
        m_elapsedMs = 0;
        m_startedAt = QDateTime::currentDateTimeUtc();
        ++m_starts;
        setState(State::Starting);
        if (m_startsAtOnce)
            answerStart();
        return Status::success();
    }
    void answerStart() { setState(State::Recording); }

    // Time passes in the take: the elapsed time and the levels are reported as the real one does.
    void advance(qint64 ms, const LevelReading &reading = {-12, -20, false})
    {
        if (m_state != State::Recording)
            return;
        m_elapsedMs += ms;
        Q_EMIT levelsMeasured(reading);
        Q_EMIT waveformExtended({WaveformBin{-0.25f, 0.25f}}, m_bins++);
        Q_EMIT elapsedChanged(m_elapsedMs);
        if (m_elapsedMs >= m_maxDurationMs)
            finish(QString(), true);
    }

    void stop() override
    {
        if (m_state != State::Idle)
            finish(QString(), false);
    }
    // The device went away: the take ends with what was kept, as the real recorder reports it.
    void fail(const QString &message)
    {
        if (m_state != State::Idle)
            finish(message, false);
    }

    State state() const override { return m_state; }
    qint64 elapsedMs() const override { return m_elapsedMs; }

    QString lastPath() const { return m_path; }
    QMap<QString, QString> lastTags() const { return m_tags; }
    int starts() const { return m_starts; }

private:
    void setState(State state)
    {
        if (state == m_state)
            return;
        m_state = state;
        Q_EMIT stateChanged(state);
    }
    void finish(const QString &problemText, bool reachedCap)
    {
        // A small file stands for the take, so whatever lists or removes takes finds one.
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        QFile file(m_path);
        if (file.open(QIODevice::WriteOnly))
            file.write("OggS fake take");
        RecordedTake take;
        take.path = m_path;
        take.startedAt = m_startedAt;
        take.durationMs = m_elapsedMs;
        take.reachedCap = reachedCap;
        take.problem = problemText;
        setState(State::Idle);
        if (!problemText.isEmpty())
            Q_EMIT problem(problemText);
        Q_EMIT finished(take);
    }

    QByteArray m_deviceId;
    qint64 m_maxDurationMs = 180000;
    QString m_refusal;
    bool m_startsAtOnce = true;
    State m_state = State::Idle;
    QString m_path;
    QMap<QString, QString> m_tags;
    QDateTime m_startedAt;
    qint64 m_elapsedMs = 0;
    int m_bins = 0;
    int m_starts = 0;
};

} // namespace coach::test
