#include "widgets/attemptspanel.h"

#include "core/deliverytext.h"
#include "core/keypointtext.h"
#include "core/schedule.h"
#include "core/scheduletext.h"
#include "core/takefiles.h"
#include "models/attemptlistmodel.h"
#include "models/historymodel.h"
#include "storage/attemptrepository.h"
#include "storage/keypointrepository.h"
#include "widgets/playbackbar.h"
#include "widgets/rubricchecklist.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace coach {

namespace {

// The attempt list shows this many rows at least and at most; beyond that it scrolls.
constexpr int kFewestTakeRows = 2;
constexpr int kMostTakeRows = 6;

} // namespace

AttemptsPanel::AttemptsPanel(AttemptRepository &attempts, Player &player, QString dataDir, QWidget *parent)
    : QWidget(parent)
    , m_model(new AttemptListModel(attempts, std::move(dataDir), this))
    , m_heading(new QLabel(this))
    , m_list(new QListView(this))
    , m_bestAction(new QAction(this))
    , m_playback(new PlaybackBar(player, this))
    , m_ratingPrompt(new QLabel(this))
    , m_notesEdit(new QLineEdit(this))
    , m_rubric(new RubricChecklist(attempts, this))
    , m_figuresLabel(new QLabel(this))
    , m_keyPointsLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_attempts(attempts)
{
    m_figuresLabel->setObjectName(QStringLiteral("deliveryFigures"));
    m_figuresLabel->setWordWrap(true);
    m_figuresLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keyPointsLabel->setObjectName(QStringLiteral("keyPointsHeard"));
    m_keyPointsLabel->setWordWrap(true);
    m_keyPointsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keyPointsLabel->hide();
    m_list->setObjectName(QStringLiteral("attemptList"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    // B on the list: Ctrl+B is the story bank's, and the digits rate. The action sits on the list, so the
    // key works where the takes are and nowhere else.
    m_bestAction->setObjectName(QStringLiteral("bestTakeAction"));
    m_bestAction->setCheckable(true);
    m_bestAction->setShortcut(QKeySequence(Qt::Key_B));
    m_bestAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(m_bestAction);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_playback->setObjectName(QStringLiteral("attemptPlayback"));
    m_ratingPrompt->setObjectName(QStringLiteral("ratingPrompt"));
    m_notesEdit->setObjectName(QStringLiteral("notesEdit"));
    m_messageLabel->setObjectName(QStringLiteral("attemptsMessage"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    auto *rating = new QHBoxLayout;
    rating->addWidget(m_ratingPrompt);
    // Not in a QButtonGroup: Qt makes the checkable buttons of a group one Tab stop, like radio buttons.
    for (int r = 1; r <= 4; ++r) {
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("rate%1").arg(r));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::TabFocus);
        m_ratingButtons.append(button);
        rating->addWidget(button);
        // A second click on the chosen rating clears it.
        connect(button, &QPushButton::clicked, this, [this, r] {
            const Attempt *a = m_model->attempt(m_list->currentIndex());
            rateSelected(a && a->rating == r ? 0 : r);
        });
    }
    rating->addStretch(1);
    // Tab reaches the rating, then the notes and the self-review, in the order they are seen.
    QWidget::setTabOrder(ratingButton(4), m_notesEdit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    layout->addWidget(m_playback);
    layout->addLayout(rating);
    layout->addWidget(m_notesEdit);
    layout->addWidget(m_rubric);
    layout->addWidget(m_figuresLabel);
    layout->addWidget(m_keyPointsLabel);
    layout->addWidget(m_messageLabel);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AttemptsPanel::onCurrentChanged);
    connect(m_list, &QListView::activated, this, [this] { togglePlayback(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AttemptsPanel::fitToTakes);
    connect(m_playback, &PlaybackBar::playingChanged, this, &AttemptsPanel::playingChanged);
    connect(m_playback, &PlaybackBar::loadFailed, this, [this] {
        if (const Attempt *a = m_model->attempt(m_list->currentIndex()))
            m_model->markDamaged(a->id);
    });
    connect(m_notesEdit, &QLineEdit::editingFinished, this, &AttemptsPanel::saveNotes);
    connect(m_bestAction, &QAction::triggered, this, [this] { toggleBest(); });
    connect(m_rubric, &RubricChecklist::failed, this, &AttemptsPanel::showMessage);
    connect(m_rubric, &RubricChecklist::changed, this, &AttemptsPanel::rubricChanged);
    retranslate();
    showRating();
    fitToTakes();
}

// The list is as tall as its takes, and the player, rating, notes and figures show once there is a take: the
// height above is the question's.
void AttemptsPanel::fitToTakes()
{
    const int rowHeight = std::max(m_list->sizeHintForRow(0), m_list->fontMetrics().height());
    const int rows = std::clamp(m_model->rowCount(), kFewestTakeRows, kMostTakeRows);
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth());
    const bool any = m_model->rowCount() > 0;
    for (QWidget *part : {static_cast<QWidget *>(m_playback), static_cast<QWidget *>(m_ratingPrompt),
                          static_cast<QWidget *>(m_notesEdit), static_cast<QWidget *>(m_figuresLabel)})
        part->setVisible(any);
    for (QPushButton *button : m_ratingButtons)
        button->setVisible(any);
}

void AttemptsPanel::retranslate()
{
    m_heading->setText(tr("Your attempts"));
    m_list->setAccessibleName(tr("Attempts of this question"));
    m_playback->setPlaceholderText(tr("Choose an attempt to listen to it"));
    m_notesEdit->setPlaceholderText(tr("Notes on this take"));
    m_notesEdit->setAccessibleName(tr("Notes on this take"));
    m_bestAction->setText(tr("&Best Take"));
    applyToolTips();
    showRating();
}

void AttemptsPanel::applyToolTips()
{
    for (int r = 1; r <= 4; ++r)
        ratingButton(r)->setToolTip(
            isReadOnly() ? m_readOnlyReason
                         : tr("Rate this take \"%1\" (key %2)").arg(HistoryModel::ratingName(r)).arg(r));
    m_notesEdit->setToolTip(isReadOnly() ? m_readOnlyReason : QString());
    m_bestAction->setToolTip(isReadOnly() ? m_readOnlyReason
                                          : tr("Mark this take as your best answer to the question (key B); "
                                               "again takes the mark away"));
}

void AttemptsPanel::setReadOnly(const QString &reason)
{
    saveNotes();
    m_readOnlyReason = reason;
    m_rubric->setReadOnly(reason);
    applyToolTips();
    showRating();
}

void AttemptsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AttemptsPanel::enableClearButton()
{
    m_notesEdit->setClearButtonEnabled(true);
}

void AttemptsPanel::setQuestionId(const QString &questionId)
{
    if (questionId == m_model->questionId())
        return;
    saveNotes();
    m_askingFor = 0;
    m_playback->clear();
    m_messageLabel->hide();
    if (const QString error = m_model->setQuestionId(questionId); !error.isEmpty())
        showMessage(error);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    else
        onCurrentChanged();
}

void AttemptsPanel::setRubricPoints(const QStringList &points)
{
    m_rubricPoints = points;
    m_rubric->setAttempt(selectedAttemptId(), m_rubricPoints);
    // The boxes are made for each list of points, so they join the Tab order after the notes each time.
    QWidget *previous = m_notesEdit;
    for (QCheckBox *check : m_rubric->findChildren<QCheckBox *>(Qt::FindDirectChildrenOnly)) {
        QWidget::setTabOrder(previous, check);
        previous = check;
    }
}

bool AttemptsPanel::toggleRubricPoint(int point)
{
    if (selectedAttemptId() == 0)
        return false;
    return m_rubric->toggle(point);
}

void AttemptsPanel::reload()
{
    const qint64 selected = selectedAttemptId();
    if (const QString error = m_model->reload(); !error.isEmpty())
        showMessage(error);
    const QModelIndex again = m_model->indexOfAttempt(selected);
    m_list->setCurrentIndex(again.isValid() ? again : m_model->index(0));
    if (!again.isValid())
        onCurrentChanged();
}

void AttemptsPanel::addAttempt(const Attempt &attempt)
{
    if (attempt.questionId != m_model->questionId())
        return;
    if (const QString error = m_model->reload(); !error.isEmpty())
        showMessage(error);
    m_list->setCurrentIndex(m_model->indexOfAttempt(attempt.id));
    m_askingFor = attempt.id;
    showRating();
}

qint64 AttemptsPanel::selectedAttemptId() const
{
    const Attempt *a = m_model->attempt(m_list->currentIndex());
    return a ? a->id : 0;
}

bool AttemptsPanel::isAskingForRating() const
{
    return m_askingFor != 0 && m_askingFor == selectedAttemptId();
}

void AttemptsPanel::onCurrentChanged()
{
    saveNotes();
    m_messageLabel->hide();
    const Attempt *attempt = m_model->attempt(m_list->currentIndex());
    if (attempt && attempt->id != m_askingFor)
        m_askingFor = 0;
    showRating();
    if (!attempt) {
        m_playback->clear();
        m_figuresLabel->clear();
        return;
    }
    const QString path = m_list->currentIndex().data(AttemptListModel::AudioPathRole).toString();
    const auto state =
        m_list->currentIndex().data(AttemptListModel::AudioStateRole).value<AttemptListModel::AudioState>();
    m_playback->setFile(path, state != AttemptListModel::AudioState::Missing &&
                                  state != AttemptListModel::AudioState::Outside);
    showFigures();
    if (state == AttemptListModel::AudioState::Outside)
        m_playback->showMessage(tr("This attempt is not played: %1.").arg(audioOutsideProfileText()));
    else if (state == AttemptListModel::AudioState::Missing)
        m_playback->showMessage(
            tr("The audio file of this attempt is missing: %1").arg(QDir::toNativeSeparators(path)));
}

void AttemptsPanel::showRating()
{
    const Attempt *a = m_model->attempt(m_list->currentIndex());
    const bool editable = a != nullptr && !isReadOnly();
    for (int r = 1; r <= 4; ++r) {
        ratingButton(r)->setEnabled(editable);
        ratingButton(r)->setChecked(a && a->rating == r);
    }
    m_notesEdit->setEnabled(editable);
    m_bestAction->setEnabled(editable);
    m_bestAction->setChecked(a && a->best);
    m_rubric->setAttempt(a ? a->id : 0, m_rubricPoints);
    m_notesFor = a ? a->id : 0;
    m_notesShown = a ? a->notes : QString();
    {
        const QSignalBlocker blocker(m_notesEdit);
        m_notesEdit->setText(m_notesShown);
    }
    // After a take the prompt asks; otherwise it only labels the buttons.
    QFont font = m_ratingPrompt->font();
    font.setBold(isAskingForRating());
    m_ratingPrompt->setFont(font);
    m_ratingPrompt->setText(isAskingForRating() ? tr("How did that take go? Keys 1 to 4:")
                                                : tr("Your rating:"));
    showIntervals();
}

// Each button shows when the question would come back with that rating, as Anki's do.
void AttemptsPanel::showIntervals()
{
    const Attempt *a = m_model->attempt(m_list->currentIndex());
    for (int r = 1; r <= 4; ++r) {
        QString text = tr("%1 %2").arg(r).arg(HistoryModel::ratingName(r));
        if (const int days = a ? daysToReviewIfRated(*a, r) : -1; days >= 0)
            text = tr("%1 · %2").arg(text, ScheduleText::shortInterval(days));
        ratingButton(r)->setText(text);
    }
}

// The question's ratings replayed with the selected take rated so; the others as they are.
int AttemptsPanel::daysToReviewIfRated(const Attempt &selected, int rating) const
{
    QList<Review> reviews;
    for (int row = m_model->rowCount() - 1; row >= 0; --row) { // oldest first, as they were taken
        const Attempt *a = m_model->attempt(m_model->index(row));
        const int r = a->id == selected.id ? rating : a->rating;
        if (r >= 1 && r <= 4)
            reviews.append({a->startedAt.toTimeZone(m_attempts.timeZone()).date(), static_cast<Rating>(r)});
    }
    return daysToReview(reviews, m_attempts.clock().today(), m_interviewDay);
}

void AttemptsPanel::setInterviewDay(std::optional<QDate> day)
{
    m_interviewDay = day;
    showIntervals();
}

QString AttemptsPanel::ratingButtonText(int rating) const
{
    return rating >= 1 && rating <= m_ratingButtons.size() ? ratingButton(rating)->text() : QString();
}

const Attempt *AttemptsPanel::selectedToChange()
{
    const Attempt *a = m_model->attempt(m_list->currentIndex());
    if (a && isReadOnly()) {
        showMessage(m_readOnlyReason);
        return nullptr;
    }
    return a;
}

bool AttemptsPanel::rateSelected(int rating)
{
    const Attempt *a = selectedToChange();
    if (!a)
        return false;
    const qint64 id = a->id;
    const QString question = a->questionId;
    if (Status saved = m_attempts.setRating(id, rating); !saved) {
        showMessage(saved.error());
        showRating();
        return false;
    }
    m_askingFor = 0;
    reload();
    Q_EMIT attemptChanged(id, question);
    Q_EMIT rated(id, question, rating);
    return true;
}

bool AttemptsPanel::toggleBest()
{
    const Attempt *a = selectedToChange();
    if (!a)
        return false;
    // Toggling again is the undo.
    const qint64 id = a->id;
    const bool best = !a->best;
    if (Status saved = m_attempts.setBest(id, best); !saved) {
        showMessage(saved.error());
        showRating();
        return false;
    }
    m_model->showBest(id, best);
    m_bestAction->setChecked(best);
    return true;
}

// The field belongs to the take it was filled for, which may no longer be the selected one.
void AttemptsPanel::saveNotes()
{
    const QString text = m_notesEdit->text();
    if (m_notesFor == 0 || text == m_notesShown || isReadOnly())
        return;
    const qint64 id = m_notesFor;
    m_notesShown = text;
    if (Status saved = m_attempts.setNotes(id, text); !saved) {
        showMessage(saved.error());
        return;
    }
    const auto stored = m_attempts.attempt(id);
    const qint64 selected = selectedAttemptId();
    if (const QString error = m_model->reload(); !error.isEmpty())
        showMessage(error);
    if (const QModelIndex again = m_model->indexOfAttempt(selected); again.isValid()) {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->setCurrentIndex(again);
    }
    if (stored)
        Q_EMIT attemptChanged(id, stored->questionId);
}

void AttemptsPanel::setBaselinePace(double wordsPerMinute)
{
    m_baselinePace = wordsPerMinute;
    showFigures();
}

QString AttemptsPanel::figuresText() const
{
    return m_figuresLabel->text();
}

void AttemptsPanel::refreshFigures()
{
    m_model->refreshFigures();
    showFigures();
}

void AttemptsPanel::showFigures()
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
            lines << tr("Your usual pace: %1.").arg(DeliveryText::overallPace(m_baselinePace));
        m_figuresLabel->setText(lines.join(u'\n'));
        for (const Pause &p : figures->pauses)
            marks.append({p.startMs, p.endMs});
    }
    m_playback->setMarks(marks);
    refreshKeyPoints();
}

void AttemptsPanel::setKeyPoints(const KeyPointRepository *keyPoints)
{
    m_keyPoints = keyPoints;
    refreshKeyPoints();
}

void AttemptsPanel::refreshKeyPoints()
{
    if (m_keyPoints) {
        QList<qint64> ids;
        for (int row = 0; row < m_model->rowCount(); ++row)
            ids.append(m_model->attempt(m_model->index(row))->id);
        if (auto counts = m_keyPoints->counts(ids); counts)
            m_model->setKeyPointCounts(counts.value());
    }
    const Attempt *attempt = m_model->attempt(m_list->currentIndex());
    QList<KeyPointResult> results;
    if (attempt && m_keyPoints) {
        if (auto read = m_keyPoints->results(attempt->id); read)
            results = std::move(read).value();
        else
            showMessage(read.error());
    }
    QList<qint64> heardAt;
    QStringList labels;
    for (const KeyPointResult &r : std::as_const(results)) {
        if (r.heard && r.startMs >= 0) {
            heardAt.append(r.startMs);
            labels.append(KeyPointText::heardAt(r));
        }
    }
    m_keyPointsLabel->setText(KeyPointText::summary(results));
    m_keyPointsLabel->setVisible(!results.isEmpty());
    m_playback->setKeyPointMarks(heardAt, labels);
}

QString AttemptsPanel::keyPointsText() const
{
    return m_keyPointsLabel->text();
}

void AttemptsPanel::togglePlayback()
{
    m_playback->togglePlayback();
}

void AttemptsPanel::stopPlayback()
{
    m_playback->stop();
}

bool AttemptsPanel::isPlaying() const
{
    return m_playback->isPlaying();
}

void AttemptsPanel::showMessage(const QString &text)
{
    m_messageLabel->setText(text);
    m_messageLabel->show();
}

} // namespace coach
