// The attempts of the selected question, with playback on the take's waveform.
#pragma once

#include "core/attempt.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace coach {

class AttemptListModel;
class AttemptRepository;
class AudioPlayer;
class WaveformView;

class AttemptsPanel final : public QWidget
{
    Q_OBJECT

public:
    AttemptsPanel(AttemptRepository &attempts, AudioPlayer &player, QString dataDir,
                  QWidget *parent = nullptr);

    void setQuestionId(const QString &questionId);
    // Shows a newly saved take at the top and selects it.
    void addAttempt(const Attempt &attempt);
    void togglePlayback();
    // Shows the delivery figures of the selected attempt again (after they were computed).
    void refreshFigures();
    // The person's usual pace, 0 until there are enough analysed attempts.
    void setBaselinePace(double wordsPerMinute);
    QString figuresText() const;
    void stopPlayback();
    bool isPlaying() const;
    AttemptListModel *model() const { return m_model; }

Q_SIGNALS:
    void playingChanged(bool playing);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onCurrentChanged();
    void onPlayerState();
    void onPosition(qint64 ms);
    void showMessage(const QString &text);

    AttemptListModel *m_model;
    AudioPlayer &m_player;
    QLabel *m_heading;
    QListView *m_list;
    QPushButton *m_playButton;
    QPushButton *m_stopButton;
    WaveformView *m_waveform;
    QLabel *m_positionLabel;
    QLabel *m_messageLabel;
    QLabel *m_figuresLabel;
    AttemptRepository &m_attempts;
    double m_baselinePace = 0;
    qint64 m_loadedAttempt = 0;
};

} // namespace coach
