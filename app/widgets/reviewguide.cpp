#include "widgets/reviewguide.h"

#include "core/schedule.h"
#include "core/scheduletext.h"
#include "core/settings.h"
#include "models/questiontreemodel.h"
#include "storage/attemptrepository.h"
#include "widgets/attemptspanel.h"
#include "widgets/interviewdatedialog.h"
#include "widgets/questionbrowser.h"

#include <QDialog>
#include <QLabel>
#include <QStatusBar>

namespace coach {

ReviewGuide::ReviewGuide(AttemptRepository &attempts, Settings &settings, QuestionTreeModel &model,
                         QuestionBrowser &browser, AttemptsPanel &attemptsPanel, QStatusBar &statusBar)
    : QObject(&statusBar)
    , m_attempts(attempts)
    , m_settings(settings)
    , m_model(model)
    , m_browser(browser)
    , m_attemptsPanel(attemptsPanel)
    , m_statusBar(statusBar)
    , m_summary(new QLabel(&statusBar))
{
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    statusBar.addPermanentWidget(m_summary);
}

std::optional<QDate> ReviewGuide::interviewDay() const
{
    const QDate day =
        QDate::fromString(m_settings.value(Settings::Key::InterviewDate).toString(), Qt::ISODate);
    return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
}

void ReviewGuide::updateReviews()
{
    const auto reviews = m_attempts.reviews();
    if (!reviews) {
        m_statusBar.showMessage(reviews.error(), 10000);
        return;
    }
    m_model.setReviews(reviews.value(), m_attempts.clock().today(), interviewDay());
    m_attemptsPanel.setInterviewDay(interviewDay());
    updateReviewSummary();
}

void ReviewGuide::updateReviewSummary()
{
    m_summary->setText(ScheduleText::dueSummary(m_model.dueCount(m_browser.myBankIds()),
                                                m_attempts.clock().today(), interviewDay()));
}

void ReviewGuide::onRated(const QString &questionId, int rating)
{
    const auto reviews = m_attempts.reviews();
    if (!reviews)
        return; // updateReviews has said why
    const QDate today = m_attempts.clock().today();
    const QDate due = effectiveDue(reviews->value(questionId).state, today, interviewDay());
    QString text = due.isValid()
                       ? ScheduleText::nextReview(static_cast<int>(std::max<qint64>(today.daysTo(due), 0)))
                       : tr("Due: none of its takes is rated");
    if (rating == 0)
        text = tr("Rating cleared. %1").arg(text);
    m_statusBar.showMessage(text, 10000);
}

QString ReviewGuide::practiseNext()
{
    const QList<QuestionReview> candidates = m_model.reviewList(m_browser.myBankIds());
    const QDate today = m_attempts.clock().today();
    const QString next = pickNext(candidates, today, interviewDay());
    if (next.isEmpty()) {
        m_statusBar.showMessage(tr("There is no question to practise."), 5000);
        return {};
    }
    // The question must be visible to be selected: widen the browser's filters when they hide it.
    if (!m_browser.selectQuestion(next)) {
        m_browser.setShow(0);
        m_browser.showAllMyRoles();
        m_browser.selectQuestion(next);
    }
    Q_EMIT questionChosen();
    if (m_browser.currentQuestionId() != next)
        return {};
    // Why this one: the person sees the schedule at work.
    for (const QuestionReview &q : candidates) {
        if (q.questionId == next)
            m_statusBar.showMessage(ScheduleText::whyChosen(q, today, interviewDay()), 10000);
    }
    return next;
}

void ReviewGuide::setInterviewDate(const QDate &date)
{
    if (date.isValid())
        m_settings.setValue(Settings::Key::InterviewDate, date.toString(Qt::ISODate));
    else
        m_settings.reset(Settings::Key::InterviewDate);
    updateReviews();
}

void ReviewGuide::chooseInterviewDate()
{
    InterviewDateDialog dialog(interviewDay(), m_attempts.clock().today(), m_statusBar.window());
    if (dialog.exec() == QDialog::Accepted)
        setInterviewDate(dialog.date());
}

} // namespace coach
