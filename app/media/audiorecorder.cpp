#include "media/audiorecorder.h"

#include "core/takefiles.h"
#include "media/opusfilewriter.h"
#include "media/pcmconvert.h"

#include <QAudioSource>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMediaDevices>
#include <QStorageInfo>

namespace coach {

AudioRecorder::AudioRecorder(QObject *parent)
    : Recorder(parent)
{
    qRegisterMetaType<RecordedTake>();
    qRegisterMetaType<LevelReading>();
    // Qt 6.4 does not always announce a vanished PulseAudio source, so the list is also checked while
    // recording.
    m_deviceCheck.setInterval(1000);
    connect(&m_deviceCheck, &QTimer::timeout, this, &AudioRecorder::onDevicesChanged);
}

AudioRecorder::~AudioRecorder()
{
    if (m_state != State::Idle)
        finish(QString(), false);
}

void AudioRecorder::setDeviceId(const QByteArray &id)
{
    m_deviceId = id;
}

QAudioDevice AudioRecorder::findDevice() const
{
    const QList<QAudioDevice> inputs = QMediaDevices::audioInputs();
    for (const QAudioDevice &device : inputs) {
        if (!m_deviceId.isEmpty() && device.id() == m_deviceId)
            return device;
    }
    return QMediaDevices::defaultAudioInput();
}

qint64 AudioRecorder::elapsedMs() const
{
    return m_writer && m_format.sampleRate() > 0 ? m_writer->framesWritten() * 1000 / m_format.sampleRate()
                                                 : 0;
}

void AudioRecorder::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

Status AudioRecorder::start(const QString &path, const QMap<QString, QString> &tags)
{
    if (m_state != State::Idle)
        return Status::failure(tr("A recording is already running."));
    m_device = findDevice();
    if (m_device.isNull())
        return Status::failure(tr("No microphone was found. Connect one, or check the sound settings."));

    QAudioFormat format;
    format.setSampleRate(48000);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!m_device.isFormatSupported(format))
        format = m_device.preferredFormat();
    m_format = format;

    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Status::failure(tr("The folder %1 cannot be created, so nothing can be recorded.")
                                   .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    if (QFile::exists(path))
        return Status::failure(tr("The recording %1 exists already.").arg(QDir::toNativeSeparators(path)));
    // A take needs about 200 kB a minute: with less than a minute's room it would soon stop, so it does not
    // start (the database needs a little room too, for the attempt).
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < kMinimumFreeBytes)
        return Status::failure(
            tr("The disk holding %1 is full (%2 free), so nothing can be recorded. Make room "
               "on it and try again.")
                .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()),
                     QLocale().formattedDataSize(disk.bytesAvailable())));
    auto writer = OpusFileWriter::create(path + QLatin1String(kPartialSuffix), format.sampleRate(), 1, tags);
    if (!writer)
        return Status::failure(writer.error());
    m_writer = std::move(writer).value();
    m_finalPath = path;
    m_waveform = WaveformBuilder(std::max(1, format.sampleRate() / kWaveformBinsPerSecond));
    m_waveformSent = 0;

    if (!m_devices) {
        m_devices = new QMediaDevices(this);
        connect(m_devices, &QMediaDevices::audioInputsChanged, this, &AudioRecorder::onDevicesChanged);
    }
    m_source = new QAudioSource(m_device, format, this);
    m_source->setBufferSize(format.bytesForDuration(100000)); // 100 ms keeps the meter lively
    connect(m_source, &QAudioSource::stateChanged, this, &AudioRecorder::onSourceStateChanged);
    m_io = m_source->start();
    if (!m_io || m_source->error() != QAudio::NoError) {
        const QString partial = m_writer->path();
        m_writer.reset();
        QFile::remove(partial);
        delete m_source;
        m_source = nullptr;
        return Status::failure(tr("The microphone %1 cannot be opened.").arg(m_device.description()));
    }
    connect(m_io, &QIODevice::readyRead, this, &AudioRecorder::onReadyRead);
    m_deviceCheck.start();
    setState(State::Starting);
    return Status::success();
}

void AudioRecorder::onReadyRead()
{
    if (!m_io || !m_writer || m_finishQueued)
        return;
    const QByteArray data = m_io->readAll();
    m_buffer.clear();
    appendMonoInt16(data, m_format, m_buffer);
    if (m_buffer.empty())
        return;
    if (m_state == State::Starting) {
        // The take begins with the first samples, not with the button.
        m_startedAt = QDateTime::currentDateTimeUtc();
        setState(State::Recording);
    }
    if (Status written = m_writer->write(m_buffer); !written) {
        finishSoon(
            tr("The recording stopped because it cannot be written: %1 What was recorded until then is kept.")
                .arg(written.error()),
            false);
        return;
    }
    Q_EMIT levelsMeasured(measureLevels(m_buffer));
    m_waveform.add(m_buffer);
    if (m_waveform.bins().size() > m_waveformSent) {
        Q_EMIT waveformExtended(m_waveform.bins().mid(m_waveformSent), static_cast<int>(m_waveformSent));
        m_waveformSent = m_waveform.bins().size();
    }
    const qint64 elapsed = elapsedMs();
    Q_EMIT elapsedChanged(elapsed);
    if (m_maxDurationMs > 0 && elapsed >= m_maxDurationMs && !m_finishing)
        finishSoon(QString(), true);
}

void AudioRecorder::finishSoon(const QString &problemText, bool reachedCap)
{
    // Called while the source's device is emitting readyRead: stopping the source there can free that device
    // under the emission (a crash seen under load). Nothing more is read meanwhile.
    if (m_finishQueued || m_finishing)
        return;
    m_finishQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this, problemText, reachedCap] {
            if (m_finishQueued) // not finished by stop() meanwhile
                finish(problemText, reachedCap);
        },
        Qt::QueuedConnection);
}

void AudioRecorder::onSourceStateChanged()
{
    if (!m_source || m_state == State::Idle)
        return;
    if (m_source->state() == QAudio::StoppedState && m_source->error() != QAudio::NoError)
        finish(tr("The microphone stopped delivering sound. What was recorded until then is kept."), false);
}

void AudioRecorder::onDevicesChanged()
{
    if (m_state == State::Idle)
        return;
    const QList<QAudioDevice> inputs = QMediaDevices::audioInputs();
    const bool present = std::any_of(inputs.begin(), inputs.end(),
                                     [this](const QAudioDevice &d) { return d.id() == m_device.id(); });
    if (!present)
        finish(tr("The microphone %1 was disconnected. What was recorded until then is kept.")
                   .arg(m_device.description()),
               false);
}

void AudioRecorder::stop()
{
    if (m_state != State::Idle)
        finish(QString(), false);
}

void AudioRecorder::finish(const QString &problemText, bool reachedCap)
{
    m_finishQueued = false;
    if (m_state == State::Idle || m_finishing)
        return;
    m_finishing = true;
    m_deviceCheck.stop();
    if (m_source) {
        // Take what the device still holds, then let go of it.
        if (m_io && problemText.isEmpty() && !reachedCap)
            onReadyRead();
        m_source->disconnect(this);
        m_source->stop();
        m_source->deleteLater();
        m_source = nullptr;
        m_io = nullptr;
    }
    RecordedTake take;
    take.startedAt = m_startedAt.isValid() ? m_startedAt : QDateTime::currentDateTimeUtc();
    take.durationMs = elapsedMs();
    take.reachedCap = reachedCap;
    take.problem = problemText;
    const QString partial = m_writer->path();
    const bool empty = m_writer->framesWritten() == 0;
    if (Status s = m_writer->finish(); !s && take.problem.isEmpty())
        take.problem = s.error();
    m_writer.reset();
    m_startedAt = {};

    if (empty) {
        QFile::remove(partial);
        m_finishing = false;
        setState(State::Idle);
        Q_EMIT problem(problemText.isEmpty()
                           ? tr("No sound arrived from the microphone, so nothing was recorded.")
                           : problemText);
        return;
    }
    if (!QFile::rename(partial, m_finalPath)) {
        // The take stays under its .partial name; the next start recovers it.
        take.path = partial;
        if (take.problem.isEmpty())
            take.problem =
                tr("The recording could not be given its final name; it will be recovered on the next "
                   "start.");
    } else {
        take.path = m_finalPath;
    }
    // Idle only once the file is complete and reported, so a new take cannot start on top of this one.
    m_finishing = false;
    setState(State::Idle);
    if (!take.problem.isEmpty())
        Q_EMIT problem(take.problem);
    Q_EMIT finished(take);
}

} // namespace coach
