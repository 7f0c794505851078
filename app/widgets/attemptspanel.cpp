#include "widgets/attemptspanel.h"

#include "audio/audioplayer.h"
#include "core/deliverytext.h"
#include "models/attemptlistmodel.h"
#include "storage/attemptrepository.h"
#include "widgets/waveformview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace coach {

AttemptsPanel::AttemptsPanel(AttemptRepository &attempts, AudioPlayer &player, QString dataDir,
                             QWidget *parent)
    : QWidget(parent)
    , m_model(new AttemptListModel(attempts, std::move(dataDir), this))
    , m_player(player)
    , m_heading(new QLabel(this))
    , m_list(new QListView(this))
    , m_playButton(new QPushButton(this))
    , m_stopButton(new QPushButton(this))
    , m_waveform(new WaveformView(this))
    , m_positionLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_figuresLabel(new QLabel(this))
    , m_attempts(attempts)
{
    m_figuresLabel->setObjectName(QStringLiteral("deliveryFigures"));
    m_figuresLabel->setWordWrap(true);
    m_figuresLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setObjectName(QStringLiteral("attemptList"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_playButton->setObjectName(QStringLiteral("playButton"));
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_waveform->setObjectName(QStringLiteral("playbackWaveform"));
    m_waveform->setSeekable(true);
    m_positionLabel->setObjectName(QStringLiteral("playbackPosition"));
    m_messageLabel->setObjectName(QStringLiteral("playbackMessage"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_playButton);
    controls->addWidget(m_stopButton);
    controls->addWidget(m_positionLabel);
    controls->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_waveform);
    layout->addLayout(controls);
    layout->addWidget(m_figuresLabel);
    layout->addWidget(m_messageLabel);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AttemptsPanel::onCurrentChanged);
    connect(m_list, &QListView::activated, this, [this] { togglePlayback(); });
    connect(m_playButton, &QPushButton::clicked, this, &AttemptsPanel::togglePlayback);
    connect(m_stopButton, &QPushButton::clicked, this, &AttemptsPanel::stopPlayback);
    connect(m_waveform, &WaveformView::seekRequested, &m_player, &AudioPlayer::seek);
    connect(&m_player, &AudioPlayer::stateChanged, this, &AttemptsPanel::onPlayerState);
    connect(&m_player, &AudioPlayer::positionChanged, this, &AttemptsPanel::onPosition);
    connect(&m_player, &AudioPlayer::loaded, this, [this](qint64 durationMs) {
        const auto &bins = m_player.waveform();
        m_waveform->setWaveform(bins, bins.isEmpty() ? 1.0 : static_cast<double>(durationMs) / bins.size());
        m_waveform->setDurationMs(durationMs);
        m_waveform->setPositionMs(0);
        onPosition(0);
    });
    connect(&m_player, &AudioPlayer::playbackFailed, this, &AttemptsPanel::showMessage);
    connect(&m_player, &AudioPlayer::loadFailed, this, [this](const QString &message) {
        m_model->markDamaged(m_loadedAttempt);
        showMessage(message);
    });
    retranslate();
    onPlayerState();
}

void AttemptsPanel::retranslate()
{
    m_heading->setText(tr("Your attempts"));
    m_stopButton->setText(tr("Stop"));
    m_stopButton->setToolTip(tr("Stop playback (Escape)"));
    m_list->setAccessibleName(tr("Attempts of this question"));
    m_waveform->setPlaceholderText(tr("Choose an attempt to listen to it"));
    onPlayerState();
}

void AttemptsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AttemptsPanel::setQuestionId(const QString &questionId)
{
    if (questionId == m_model->questionId())
        return;
    m_player.unload();
    m_loadedAttempt = 0;
    m_waveform->clear();
    m_messageLabel->hide();
    if (const QString error = m_model->setQuestionId(questionId); !error.isEmpty())
        showMessage(error);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    onPosition(0);
}

void AttemptsPanel::addAttempt(const Attempt &attempt)
{
    if (attempt.questionId != m_model->questionId())
        return;
    if (const QString error = m_model->reload(); !error.isEmpty())
        showMessage(error);
    m_list->setCurrentIndex(m_model->indexOfAttempt(attempt.id));
}

void AttemptsPanel::onCurrentChanged()
{
    m_messageLabel->hide();
    const Attempt *attempt = m_model->attempt(m_list->currentIndex());
    m_waveform->clear();
    if (!attempt) {
        m_player.unload();
        m_loadedAttempt = 0;
        return;
    }
    m_loadedAttempt = attempt->id;
    refreshFigures();
    const auto state =
        m_list->currentIndex().data(AttemptListModel::AudioStateRole).value<AttemptListModel::AudioState>();
    if (state == AttemptListModel::AudioState::Missing) {
        m_player.unload();
        showMessage(tr("The audio file of this attempt is missing: %1")
                        .arg(m_list->currentIndex().data(Qt::ToolTipRole).toString()));
        return;
    }
    m_player.load(m_list->currentIndex().data(AttemptListModel::AudioPathRole).toString());
}

void AttemptsPanel::setBaselinePace(double wordsPerMinute)
{
    m_baselinePace = wordsPerMinute;
    refreshFigures();
}

QString AttemptsPanel::figuresText() const
{
    return m_figuresLabel->text();
}

void AttemptsPanel::refreshFigures()
{
    const Attempt *attempt = m_model->attempt(m_list->currentIndex());
    const auto figures = attempt ? m_attempts.figures(attempt->id) : std::nullopt;
    QList<QPair<qint64, qint64>> marks;
    if (!attempt) {
        m_figuresLabel->clear();
    } else if (!figures) {
        m_figuresLabel->setText(tr("Delivery figures are being computed…"));
    } else {
        QStringList lines{DeliveryText::summary(*figures)};
        lines << DeliveryText::observations(*figures);
        if (m_baselinePace > 0)
            lines << tr("Your usual pace: %1.").arg(DeliveryText::pace(m_baselinePace));
        m_figuresLabel->setText(lines.join(u'\n'));
        for (const Pause &p : figures->pauses)
            marks.append({p.startMs, p.endMs});
    }
    m_waveform->setMarks(marks);
}

void AttemptsPanel::togglePlayback()
{
    if (m_player.state() == AudioPlayer::State::Playing)
        m_player.pause();
    else
        m_player.play();
}

void AttemptsPanel::stopPlayback()
{
    m_player.stop();
}

bool AttemptsPanel::isPlaying() const
{
    return m_player.state() == AudioPlayer::State::Playing;
}

void AttemptsPanel::onPlayerState()
{
    const AudioPlayer::State state = m_player.state();
    const bool ready = state == AudioPlayer::State::Stopped || state == AudioPlayer::State::Playing ||
                       state == AudioPlayer::State::Paused;
    m_playButton->setEnabled(ready);
    m_stopButton->setEnabled(state == AudioPlayer::State::Playing || state == AudioPlayer::State::Paused);
    m_playButton->setText(state == AudioPlayer::State::Playing ? tr("Pause") : tr("Play"));
    m_playButton->setToolTip(tr("Play or pause the selected attempt (Enter on the list)"));
    if (state == AudioPlayer::State::Loading)
        m_positionLabel->setText(tr("Loading…"));
    Q_EMIT playingChanged(state == AudioPlayer::State::Playing);
}

void AttemptsPanel::onPosition(qint64 ms)
{
    m_waveform->setPositionMs(m_player.state() == AudioPlayer::State::Empty ? -1 : ms);
    if (m_player.state() == AudioPlayer::State::Loading)
        return;
    m_positionLabel->setText(m_player.durationMs() > 0
                                 ? tr("%1 / %2").arg(AttemptListModel::formatDuration(ms),
                                                     AttemptListModel::formatDuration(m_player.durationMs()))
                                 : QString());
}

void AttemptsPanel::showMessage(const QString &text)
{
    m_messageLabel->setText(text);
    m_messageLabel->show();
}

} // namespace coach
