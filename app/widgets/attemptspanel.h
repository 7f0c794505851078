// The attempts of the selected question: playback on the take's waveform, its delivery figures, and the
// person's own rating, notes, self-review against the question's points and choice of a best take.
#pragma once

#include "core/attempt.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace coach {

class AttemptListModel;
class AttemptRepository;
class KeyPointRepository;
class Player;
class PlaybackBar;
class RubricChecklist;

class AttemptsPanel final : public QWidget
{
    Q_OBJECT

public:
    AttemptsPanel(AttemptRepository &attempts, Player &player, QString dataDir, QWidget *parent = nullptr);

    // The notes field's clear button (its icon is looked up in the icon theme: see
    // QuestionBrowser::enableClearButton).
    void enableClearButton();

    void setQuestionId(const QString &questionId);
    // The question's "what a strong answer shows" points, the checklist of the self-review of each take.
    void setRubricPoints(const QStringList &points);
    // Ticks or unticks a point (from 0) of the selected take; false when nothing is selected, there is no
    // such point or it cannot be saved (the panel then says why).
    bool toggleRubricPoint(int point);
    RubricChecklist *rubric() const { return m_rubric; }
    // Reads the attempts again (after one was rated, deleted or restored elsewhere).
    void reload();
    // Shows a newly saved take at the top, selects it and asks for a rating.
    void addAttempt(const Attempt &attempt);
    void togglePlayback();
    // Shows the delivery figures of the takes again (after some were computed): the list's paces and the
    // selected take's figures.
    void refreshFigures();
    // The person's usual pace, 0 until there are enough analysed attempts.
    void setBaselinePace(double wordsPerMinute);
    QString figuresText() const;
    // Where what listening to each take found is read; none: nothing is said about key points.
    void setKeyPoints(const KeyPointRepository *keyPoints);
    // Shows the key points heard in the selected take again (after it was listened to), and marks them on
    // its waveform.
    void refreshKeyPoints();
    QString keyPointsText() const;
    void stopPlayback();
    bool isPlaying() const;
    // Rates the selected attempt, 1 (Again) to 4 (Easy); 0 clears. Returns false when nothing is selected
    // or the rating cannot be saved (the panel then says why).
    bool rateSelected(int rating);
    bool isAskingForRating() const;
    // The interview date, which the intervals on the rating buttons take into account.
    void setInterviewDay(std::optional<QDate> day);
    QString ratingButtonText(int rating) const;
    qint64 selectedAttemptId() const;
    // Marks the selected take as the question's best (the mark moves from another take), or takes the mark
    // away when it is the best already. False when nothing is selected or it cannot be saved (the panel
    // then says why).
    bool toggleBest();
    // "Best Take" (key B on the list, and in its context menu).
    QAction *bestAction() const { return m_bestAction; }
    // Saves the notes being typed (also done when the field loses the focus or another take is chosen).
    void saveNotes();
    AttemptListModel *model() const { return m_model; }
    // The profile cannot be written (reason says why): rating and notes are off, with the reason as their
    // tooltip, instead of failing with SQLite's error when used. An empty reason turns them on again.
    void setReadOnly(const QString &reason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }

Q_SIGNALS:
    void playingChanged(bool playing);
    // A rating or note changed: the schedule, history and progress follow.
    void attemptChanged(qint64 attemptId, const QString &questionId);
    // A point of the selected take's self-review was ticked or unticked (the schedule does not depend on it,
    // and the list stays as it is, so a take being played goes on playing).
    void rubricChanged(qint64 attemptId);
    // The selected take was rated (0: its rating cleared); attemptChanged came first.
    void rated(qint64 attemptId, const QString &questionId, int rating);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The selected take, when it may be changed; nullptr when none is selected, or (with the reason shown)
    // when the profile is read-only.
    const Attempt *selectedToChange();
    void retranslate();
    void onCurrentChanged();
    void showRating();
    void showFigures();
    void showIntervals();
    int daysToReviewIfRated(const Attempt &selected, int rating) const;
    void showMessage(const QString &text);
    void applyToolTips();
    void fitToTakes();
    QPushButton *ratingButton(int rating) const { return m_ratingButtons.at(rating - 1); }

    AttemptListModel *m_model;
    QLabel *m_heading;
    QListView *m_list;
    QAction *m_bestAction;
    PlaybackBar *m_playback;
    QLabel *m_ratingPrompt;
    QList<QPushButton *> m_ratingButtons; // 1 Again to 4 Easy
    QLineEdit *m_notesEdit;
    RubricChecklist *m_rubric;
    QStringList m_rubricPoints;
    QLabel *m_figuresLabel;
    QLabel *m_keyPointsLabel;
    const KeyPointRepository *m_keyPoints = nullptr;
    QLabel *m_messageLabel;
    AttemptRepository &m_attempts;
    double m_baselinePace = 0;
    std::optional<QDate> m_interviewDay;
    qint64 m_askingFor = 0; // the new take whose rating is asked for
    qint64 m_notesFor = 0;  // the take whose notes the notes field shows
    QString m_notesShown;   // its notes as shown, to see whether they were edited
    QString m_readOnlyReason;
};

} // namespace coach
