// The review schedule in the main window: what is due, the summary in the status bar, what a rating
// schedules, the next question to practise and the interview date that tightens the schedule.
#pragma once

#include <QDate>
#include <QObject>

#include <optional>

class QLabel;
class QStatusBar;

namespace coach {

class AttemptRepository;
class AttemptsPanel;
class QuestionBrowser;
class QuestionTreeModel;
class Settings;

class ReviewGuide final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewGuide)

public:
    // The summary is a permanent widget of statusBar; messages go there too, dialogs open over its window.
    ReviewGuide(AttemptRepository &attempts, Settings &settings, QuestionTreeModel &model,
                QuestionBrowser &browser, AttemptsPanel &attemptsPanel, QStatusBar &statusBar);

    std::optional<QDate> interviewDay() const;
    // Reads the review schedule again and marks what is due.
    void updateReviews();
    void updateReviewSummary();
    // Says in the status bar when the rated question is due next.
    void onRated(const QString &questionId, int rating);
    // Selects the most overdue question (then one never practised); returns its id, empty when none.
    QString practiseNext();
    void setInterviewDate(const QDate &date); // invalid: none
    void chooseInterviewDate();

Q_SIGNALS:
    // A question to practise was chosen in the browser: the question itself is to be shown.
    void questionChosen();

private:
    AttemptRepository &m_attempts;
    Settings &m_settings;
    QuestionTreeModel &m_model;
    QuestionBrowser &m_browser;
    AttemptsPanel &m_attemptsPanel;
    QStatusBar &m_statusBar;
    QLabel *m_summary;
};

} // namespace coach
