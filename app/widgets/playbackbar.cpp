#include "widgets/playbackbar.h"

#include "core/deliverytext.h"
#include "core/player.h"
#include "widgets/waveformview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace coach {

PlaybackBar::PlaybackBar(Player &player, QWidget *parent)
    : QWidget(parent)
    , m_player(player)
    , m_playButton(new QPushButton(this))
    , m_stopButton(new QPushButton(this))
    , m_waveform(new WaveformView(this))
    , m_positionLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
{
    m_playButton->setObjectName(QStringLiteral("playButton"));
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_waveform->setObjectName(QStringLiteral("playbackWaveform"));
    m_waveform->setSeekable(true);
    m_positionLabel->setObjectName(QStringLiteral("playbackPosition"));
    m_messageLabel->setObjectName(QStringLiteral("playbackMessage"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_playButton);
    controls->addWidget(m_stopButton);
    controls->addWidget(m_positionLabel);
    controls->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_waveform);
    layout->addLayout(controls);
    layout->addWidget(m_messageLabel);

    connect(m_playButton, &QPushButton::clicked, this, &PlaybackBar::togglePlayback);
    connect(m_stopButton, &QPushButton::clicked, this, &PlaybackBar::stop);
    connect(m_waveform, &WaveformView::seekRequested, this, [this](qint64 ms) {
        if (isActive())
            m_player.seek(ms);
    });
    connect(&m_player, &Player::stateChanged, this, &PlaybackBar::onPlayerState);
    connect(&m_player, &Player::positionChanged, this, &PlaybackBar::onPosition);
    connect(&m_player, &Player::loaded, this, &PlaybackBar::onLoaded);
    connect(&m_player, &Player::playbackFailed, this, [this](const QString &message) {
        if (isActive())
            showMessage(message);
    });
    connect(&m_player, &Player::loadFailed, this, [this](const QString &message) {
        if (!isActive())
            return;
        m_playWhenLoaded = false;
        showMessage(message);
        Q_EMIT loadFailed(message);
    });
    retranslate();
}

void PlaybackBar::retranslate()
{
    m_stopButton->setText(tr("Stop"));
    m_stopButton->setToolTip(tr("Stop playback (Escape)"));
    m_waveform->setAccessibleName(tr("Waveform of the take; click to play from there"));
    onPlayerState();
}

void PlaybackBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool PlaybackBar::isActive() const
{
    return !m_path.isEmpty() && m_player.path() == m_path;
}

bool PlaybackBar::isPlaying() const
{
    return isActive() && m_player.state() == Player::State::Playing;
}

void PlaybackBar::setFile(const QString &path, bool load)
{
    if (isActive() && path != m_path)
        m_player.unload();
    m_path = path;
    m_playWhenLoaded = false;
    m_messageLabel->hide();
    m_waveform->clear();
    if (!path.isEmpty() && load)
        m_player.load(path);
    onPlayerState();
    onPosition(0);
}

void PlaybackBar::setPreview(const QList<WaveformBin> &bins, qint64 durationMs)
{
    m_waveform->setWaveform(bins, bins.isEmpty() ? 1.0 : static_cast<double>(durationMs) / bins.size());
    m_waveform->setDurationMs(durationMs);
}

void PlaybackBar::clear()
{
    setFile(QString());
}

void PlaybackBar::setMarks(const QList<QPair<qint64, qint64>> &marks)
{
    m_waveform->setMarks(marks);
}

void PlaybackBar::setKeyPointMarks(const QList<qint64> &startsMs, const QStringList &labels)
{
    m_waveform->setKeyPointMarks(startsMs, labels);
}

void PlaybackBar::setPlaceholderText(const QString &text)
{
    m_waveform->setPlaceholderText(text);
}

void PlaybackBar::showMessage(const QString &text)
{
    m_messageLabel->setText(text);
    m_messageLabel->show();
}

void PlaybackBar::togglePlayback()
{
    if (m_path.isEmpty())
        return;
    if (!isActive()) {
        // Another bar had the player: take it back, and play once decoded.
        m_playWhenLoaded = true;
        m_player.load(m_path);
        return;
    }
    if (m_player.state() == Player::State::Playing)
        m_player.pause();
    else
        m_player.play();
}

void PlaybackBar::stop()
{
    if (isActive())
        m_player.stop();
}

void PlaybackBar::onLoaded(qint64 durationMs)
{
    if (!isActive())
        return;
    const auto &bins = m_player.waveform();
    setPreview(bins, durationMs);
    m_waveform->setPositionMs(0);
    onPosition(0);
    if (m_playWhenLoaded) {
        m_playWhenLoaded = false;
        m_player.play();
    }
}

void PlaybackBar::onPlayerState()
{
    const bool active = isActive();
    const Player::State state = active ? m_player.state() : Player::State::Stopped;
    const bool ready =
        !m_path.isEmpty() && (!active || state == Player::State::Stopped || state == Player::State::Playing ||
                              state == Player::State::Paused);
    m_playButton->setEnabled(ready);
    m_stopButton->setEnabled(active && (state == Player::State::Playing || state == Player::State::Paused));
    m_playButton->setText(state == Player::State::Playing ? tr("Pause") : tr("Play"));
    m_playButton->setToolTip(tr("Play or pause the selected attempt"));
    if (active && state == Player::State::Loading)
        m_positionLabel->setText(tr("Loading…"));
    if (!active)
        m_waveform->setPositionMs(-1);
    Q_EMIT playingChanged(active && state == Player::State::Playing);
}

void PlaybackBar::onPosition(qint64 ms)
{
    if (!isActive()) {
        m_positionLabel->clear();
        return;
    }
    m_waveform->setPositionMs(m_player.state() == Player::State::Empty ? -1 : ms);
    if (m_player.state() == Player::State::Loading)
        return;
    m_positionLabel->setText(
        m_player.durationMs() > 0
            ? tr("%1 / %2").arg(DeliveryText::clock(ms), DeliveryText::clock(m_player.durationMs()))
            : QString());
}

} // namespace coach
