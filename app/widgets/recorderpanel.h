// The recorder: microphone choice, record button, level meter, live waveform and the timer against the
// target.
#pragma once

#include "core/attempt.h"
#include "core/audiolevels.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace coach {

class AttemptRepository;
class AudioInputModel;
class Microphones;
class Recorder;
class LevelMeter;
class Settings;
class WaveformView;
struct RecordedTake;

class RecorderPanel final : public QWidget
{
    Q_OBJECT

public:
    RecorderPanel(Recorder &recorder, Microphones &microphones, AttemptRepository &attempts,
                  Settings &settings, QString dataDir, QWidget *parent = nullptr);
    ~RecorderPanel() override;

    // The question the next take answers; its target length drives the timer.
    void setQuestion(const QString &questionId, int targetSeconds);
    void toggleRecording();
    bool isRecording() const;
    // The question the take in progress answers (the last take's when none is).
    QString takeQuestionId() const { return m_takeQuestionId; }
    QString statusText() const;

Q_SIGNALS:
    void attemptSaved(const coach::Attempt &attempt);
    void recordingChanged(bool recording);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshDevices();
    void onDeviceChosen(int row);
    void onStateChanged();
    void onElapsed(qint64 ms);
    void onFinished(const RecordedTake &take);
    void showStatus(const QString &text, bool problem = false);
    void updateButton();

    Recorder &m_recorder;
    AttemptRepository &m_attempts;
    Settings &m_settings;
    QString m_dataDir;
    QString m_questionId;
    QString m_takeQuestionId; // the question the take in progress answers
    bool m_inTake = false;    // a take has started and not finished yet
    int m_targetSeconds = 90;
    bool m_askedForQuestion = false; // the status asks to choose a question
    AudioInputModel *m_inputs;
    QLabel *m_micLabel;
    QComboBox *m_micCombo;
    QPushButton *m_recordButton;
    QLabel *m_recordingLabel;
    QLabel *m_timeLabel;
    LevelMeter *m_meter;
    WaveformView *m_waveform;
    QLabel *m_statusLabel; // notices and problems of the last take
    QLabel *m_deviceLabel; // shown while there is no microphone
};

} // namespace coach
