// What the widgets need of a microphone recorder: start and stop a take, with its levels and waveform as it
// runs. The program records with AudioRecorder; unit tests use a fake that needs no sound device.
#pragma once

#include "core/audiolevels.h"
#include "core/result.h"
#include "core/waveform.h"

#include <QDateTime>
#include <QMap>
#include <QObject>

namespace coach {

struct RecordedTake
{
    QString path; // the finished file
    QDateTime startedAt;
    qint64 durationMs = 0;
    bool reachedCap = false; // stopped by itself at the hard cap
    QString problem;         // why the take ended early (the audio so far is kept), or empty
};

class Recorder : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Recorder)

public:
    enum class State { Idle, Starting, Recording };
    Q_ENUM(State)

    explicit Recorder(QObject *parent = nullptr)
        : QObject(parent)
    {}
    ~Recorder() override = default;

    // An empty id selects the system's default microphone.
    virtual void setDeviceId(const QByteArray &id) = 0;
    virtual void setMaxDurationMs(qint64 ms) = 0;
    virtual qint64 maxDurationMs() const = 0;

    // Starts a take into path (path must not exist).
    virtual Status start(const QString &path, const QMap<QString, QString> &tags = {}) = 0;
    // Finishes the take; finished() follows. Does nothing when idle.
    virtual void stop() = 0;

    virtual State state() const = 0;
    virtual qint64 elapsedMs() const = 0;

Q_SIGNALS:
    void stateChanged(coach::Recorder::State state);
    void levelsMeasured(const coach::LevelReading &reading);
    void waveformExtended(const QList<coach::WaveformBin> &bins, int firstIndex);
    void elapsedChanged(qint64 ms);
    void finished(const coach::RecordedTake &take);
    // The take could not go on (device gone, disk full); finished() follows with what was kept.
    void problem(const QString &message);
};

} // namespace coach

Q_DECLARE_METATYPE(coach::RecordedTake)
Q_DECLARE_METATYPE(coach::LevelReading)
