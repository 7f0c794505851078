// Playback of one take: its waveform (click to seek), play/pause, stop and the position. Several bars can
// share the one Player; each answers only while the player holds its file.
#pragma once

#include "core/waveform.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace coach {

class Player;
class WaveformView;

class PlaybackBar final : public QWidget
{
    Q_OBJECT

public:
    explicit PlaybackBar(Player &player, QWidget *parent = nullptr);

    // Shows the take at path (absolute). load: decode it into the player now; otherwise only when played.
    void setFile(const QString &path, bool load = true);
    // A waveform computed elsewhere, shown before the take is loaded into the player.
    void setPreview(const QList<WaveformBin> &bins, qint64 durationMs);
    void clear();
    QString file() const { return m_path; }
    void setMarks(const QList<QPair<qint64, qint64>> &marks);
    void setKeyPointMarks(const QList<qint64> &startsMs, const QStringList &labels = {});
    void setPlaceholderText(const QString &text);
    void showMessage(const QString &text);

    void togglePlayback();
    void stop();
    bool isPlaying() const;
    // The player holds this bar's file.
    bool isActive() const;

Q_SIGNALS:
    void playingChanged(bool playing);
    void loadFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onPlayerState();
    void onPosition(qint64 ms);
    void onLoaded(qint64 durationMs);

    Player &m_player;
    QString m_path;
    bool m_playWhenLoaded = false;
    QPushButton *m_playButton;
    QPushButton *m_stopButton;
    WaveformView *m_waveform;
    QLabel *m_positionLabel;
    QLabel *m_messageLabel;
};

} // namespace coach
