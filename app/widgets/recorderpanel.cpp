#include "widgets/recorderpanel.h"

#include "core/recorder.h"
#include "core/settings.h"
#include "core/takefiles.h"
#include "models/attemptlistmodel.h"
#include "models/audioinputmodel.h"
#include "storage/attemptrepository.h"
#include "widgets/levelmeter.h"
#include "widgets/waveformview.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace coach {

namespace {

void setProblemColour(QLabel *label, bool problem)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     problem ? QColor(0xd9, 0x3a, 0x2b)
                             : label->parentWidget()->palette().color(QPalette::WindowText));
    label->setPalette(palette);
}

} // namespace

RecorderPanel::RecorderPanel(Recorder &recorder, Microphones &microphones, AttemptRepository &attempts,
                             Settings &settings, QString dataDir, QWidget *parent)
    : QWidget(parent)
    , m_recorder(recorder)
    , m_attempts(attempts)
    , m_settings(settings)
    , m_dataDir(std::move(dataDir))
    , m_inputs(new AudioInputModel(microphones, this))
    , m_micLabel(new QLabel(this))
    , m_micCombo(new QComboBox(this))
    , m_recordButton(new QPushButton(this))
    , m_recordingLabel(new QLabel(this))
    , m_timeLabel(new QLabel(this))
    , m_meter(new LevelMeter(this))
    , m_waveform(new WaveformView(this))
    , m_statusLabel(new QLabel(this))
    , m_deviceLabel(new QLabel(this))
{
    m_micCombo->setObjectName(QStringLiteral("microphoneCombo"));
    m_micCombo->setModel(m_inputs);
    m_micCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_micLabel->setBuddy(m_micCombo);
    m_recordButton->setObjectName(QStringLiteral("recordButton"));
    m_recordButton->setMinimumWidth(110);
    m_recordingLabel->setObjectName(QStringLiteral("recordingLabel"));
    m_timeLabel->setObjectName(QStringLiteral("recordTimeLabel"));
    m_meter->setObjectName(QStringLiteral("levelMeter"));
    m_waveform->setObjectName(QStringLiteral("liveWaveform"));
    m_statusLabel->setObjectName(QStringLiteral("recorderStatus"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->hide();
    m_deviceLabel->setObjectName(QStringLiteral("deviceStatus"));
    m_deviceLabel->setWordWrap(true);
    m_deviceLabel->hide();
    setProblemColour(m_deviceLabel, true);
    QFont bold = m_recordingLabel->font();
    bold.setBold(true);
    m_recordingLabel->setFont(bold);
    m_timeLabel->setFont(bold);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    auto *top = new QHBoxLayout;
    top->addWidget(m_recordButton);
    top->addWidget(m_recordingLabel);
    top->addWidget(m_timeLabel);
    top->addWidget(m_meter, 1);
    layout->addLayout(top, 0, 0, 1, 2);
    layout->addWidget(m_waveform, 1, 0, 1, 2);
    layout->addWidget(m_micLabel, 2, 0);
    layout->addWidget(m_micCombo, 2, 1);
    layout->addWidget(m_deviceLabel, 3, 0, 1, 2);
    layout->addWidget(m_statusLabel, 4, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    m_recorder.setMaxDurationMs(m_settings.value(Settings::Key::RecordingCapSeconds).toInt() * 1000LL);
    connect(m_recordButton, &QPushButton::clicked, this, &RecorderPanel::toggleRecording);
    connect(m_micCombo, &QComboBox::activated, this, &RecorderPanel::onDeviceChosen);
    connect(m_inputs, &QAbstractItemModel::modelReset, this, &RecorderPanel::refreshDevices);
    connect(&m_recorder, &Recorder::stateChanged, this, &RecorderPanel::onStateChanged);
    connect(&m_recorder, &Recorder::elapsedChanged, this, &RecorderPanel::onElapsed);
    connect(&m_recorder, &Recorder::levelsMeasured, m_meter, &LevelMeter::setReading);
    connect(&m_recorder, &Recorder::waveformExtended, m_waveform,
            [this](const QList<WaveformBin> &bins) { m_waveform->appendBins(bins); });
    connect(&m_recorder, &Recorder::finished, this, &RecorderPanel::onFinished);
    connect(&m_recorder, &Recorder::problem, this, [this](const QString &text) { showStatus(text, true); });

    retranslate();
    // Asking the sound server for its devices waits until the window is up.
    QTimer::singleShot(250, m_inputs, &AudioInputModel::refresh);
}

RecorderPanel::~RecorderPanel() = default;

void RecorderPanel::retranslate()
{
    m_micLabel->setText(tr("&Microphone:"));
    m_deviceLabel->setText(
        tr("No microphone was found. Connect one, or check the sound settings; the rest of "
           "Interview Coach works without it."));
    m_waveform->setPlaceholderText(tr("Press Ctrl+R or Space to record your answer"));
    m_meter->setToolTip(
        tr("Input level in dBFS: keep speech in the green, peaks below the red. The clip light "
           "stays on until clicked."));
    updateButton();
    onElapsed(m_recorder.elapsedMs());
}

void RecorderPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecorderPanel::refreshDevices()
{
    const bool none = m_inputs->rowCount() == 0;
    m_micCombo->setEnabled(!none);
    m_deviceLabel->setVisible(none);
    if (none)
        return;
    const QByteArray remembered = m_settings.value(Settings::Key::MicrophoneId).toByteArray();
    int row = m_inputs->rowOfDevice(remembered);
    if (row < 0)
        row = std::max(0, m_inputs->rowOfDevice(m_inputs->defaultDeviceId()));
    m_micCombo->setCurrentIndex(row);
    m_recorder.setDeviceId(row == m_inputs->rowOfDevice(remembered) ? remembered : QByteArray());
}

void RecorderPanel::onDeviceChosen(int row)
{
    const QByteArray id = m_inputs->index(row).data(AudioInputModel::DeviceIdRole).toByteArray();
    m_settings.setValue(Settings::Key::MicrophoneId, id);
    m_recorder.setDeviceId(id);
}

void RecorderPanel::setQuestion(const QString &questionId, int targetSeconds)
{
    m_questionId = questionId;
    m_targetSeconds = targetSeconds;
    // The request for a question is answered once there is one.
    if (m_askedForQuestion && !questionId.isEmpty()) {
        m_askedForQuestion = false;
        m_statusLabel->hide();
    }
    if (!isRecording()) {
        m_waveform->clear();
        m_meter->reset();
    }
    onElapsed(m_recorder.elapsedMs());
}

bool RecorderPanel::isRecording() const
{
    return m_recorder.state() != Recorder::State::Idle;
}

QString RecorderPanel::statusText() const
{
    QStringList shown;
    for (const QLabel *label : {m_deviceLabel, m_statusLabel}) {
        if (!label->isHidden())
            shown << label->text();
    }
    return shown.join(u'\n');
}

void RecorderPanel::toggleRecording()
{
    if (isRecording()) {
        m_recorder.stop();
        return;
    }
    if (m_inputs->rowCount() == 0) {
        m_inputs->refresh(); // perhaps one was connected a moment ago
        if (m_inputs->rowCount() == 0)
            return;
    }
    if (m_questionId.isEmpty()) {
        showStatus(tr("Choose a question first."), true);
        m_askedForQuestion = true;
        return;
    }
    m_statusLabel->hide();
    m_waveform->clear();
    m_meter->reset();
    const QDateTime now = m_attempts.clock().nowUtc();
    const QString path = QDir(m_dataDir).filePath(takeRelativePath(m_questionId, now));
    const Status started =
        m_recorder.start(path, {{QStringLiteral("QUESTION_ID"), m_questionId},
                                {QStringLiteral("DATE"), now.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("ENCODER_OPTIONS"), QStringLiteral("voice")}});
    if (!started)
        showStatus(started.error(), true);
}

void RecorderPanel::onStateChanged()
{
    // The take answers the question shown when it started, whoever started it.
    if (isRecording() && !m_inTake)
        m_takeQuestionId = m_questionId;
    m_inTake = isRecording();
    updateButton();
    if (!isRecording())
        m_meter->reset(); // the last reading of a take is no level of anything now
    Q_EMIT recordingChanged(isRecording());
}

void RecorderPanel::updateButton()
{
    switch (m_recorder.state()) {
    case Recorder::State::Idle:
        m_recordButton->setText(tr("Record"));
        m_recordingLabel->clear();
        break;
    case Recorder::State::Starting:
        m_recordButton->setText(tr("Stop"));
        m_recordingLabel->setText(tr("Waiting for the microphone…"));
        break;
    case Recorder::State::Recording:
        m_recordButton->setText(tr("Stop"));
        m_recordingLabel->setText(QStringLiteral("\u25cf ") + tr("Recording"));
        break;
    }
    m_recordButton->setToolTip(tr("Start or stop recording (Ctrl+R, or Space outside text fields)"));
}

void RecorderPanel::onElapsed(qint64 ms)
{
    const qint64 cap = m_recorder.maxDurationMs();
    m_timeLabel->setText(tr("%1 / target %2 · limit %3")
                             .arg(AttemptListModel::formatDuration(ms),
                                  AttemptListModel::formatDuration(m_targetSeconds * 1000LL),
                                  AttemptListModel::formatDuration(cap)));
    // Past the target the time turns to a warning colour, without stopping anything.
    setProblemColour(m_timeLabel, ms > m_targetSeconds * 1000LL);
}

void RecorderPanel::onFinished(const RecordedTake &take)
{
    Attempt attempt;
    attempt.questionId = m_takeQuestionId; // the person may have moved on to another question meanwhile
    attempt.startedAt = take.startedAt;
    attempt.durationMs = take.durationMs;
    attempt.audioPath = QDir(m_dataDir).relativeFilePath(take.path);
    attempt.status = Attempt::Status::Complete;
    if (attempt.audioPath.endsWith(QLatin1String(kPartialSuffix)))
        return; // kept on disk under its temporary name; recovered on the next start
    auto saved = m_attempts.add(attempt);
    if (!saved) {
        showStatus(
            tr("The take was recorded to %1 but cannot be listed: %2 It will be recovered on the next start.")
                .arg(QDir::toNativeSeparators(take.path), saved.error()),
            true);
        return;
    }
    if (take.reachedCap)
        showStatus(tr("The take reached the limit of %1 and stopped by itself. It was saved.")
                       .arg(AttemptListModel::formatDuration(m_recorder.maxDurationMs())));
    Q_EMIT attemptSaved(saved.value());
}

void RecorderPanel::showStatus(const QString &text, bool problem)
{
    m_askedForQuestion = false;
    m_statusLabel->setText(text);
    setProblemColour(m_statusLabel, problem);
    m_statusLabel->show();
}

} // namespace coach
