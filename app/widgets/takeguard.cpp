#include "widgets/takeguard.h"

#include "models/attemptlistmodel.h"
#include "models/questiontreemodel.h"
#include "storage/attemptrepository.h"
#include "widgets/attemptspanel.h"
#include "widgets/questionbrowser.h"
#include "widgets/questionview.h"
#include "widgets/recorderpanel.h"
#include "widgets/stareditor.h"

#include <QStatusBar>
#include <QTimer>
#include <QTimeZone>

namespace coach {

TakeGuard::TakeGuard(const TakeGuardParts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
{
    connect(&m_parts.recorder, &RecorderPanel::recordingChanged, this, [this](bool recording) {
        if (!recording) // once the take is saved and listed
            QTimer::singleShot(0, this, &TakeGuard::followBrowserAfterTake);
    });
}

bool TakeGuard::allowsShowing(const Question *question)
{
    if (!m_parts.recorder.isRecording())
        return true;
    const QString take = m_parts.recorder.takeQuestionId();
    if (!question || question->id != take)
        keepTakeQuestion();
    // Back on the take's question (after a refused move), which is still shown.
    return question && question->id == take && m_parts.view.questionId() != take;
}

bool TakeGuard::practisedToday() const
{
    const Clock &clock = m_parts.attemptRepository.clock();
    const QTimeZone zone = m_parts.attemptRepository.timeZone();
    const QDate today = clock.nowUtc().toTimeZone(zone).date();
    const AttemptListModel &takes = *m_parts.attempts.model();
    for (int row = 0; row < takes.rowCount(); ++row) {
        if (takes.attempt(takes.index(row))->startedAt.toTimeZone(zone).date() == today)
            return true;
    }
    const std::optional<Story> story = m_parts.starEditor.currentStory();
    return story && !story->draft.isEmpty() && story->updatedAt.toTimeZone(zone).date() == today;
}

void TakeGuard::keepTakeQuestion()
{
    const QString take = m_parts.recorder.takeQuestionId();
    const Question *q = m_parts.model.question(m_parts.model.indexOfQuestion(take));
    QString text = q ? q->text : take;
    if (constexpr int kLongest = 80; text.size() > kLongest)
        text = text.left(kLongest - 1) + u'…';
    m_parts.statusBar.showMessage(tr("Stop the take first: it belongs to \"%1\"").arg(text), 10000);
    // The list goes back once the view has finished moving its selection.
    QTimer::singleShot(0, this, [this, take] {
        if (m_parts.recorder.isRecording() && m_parts.browser.currentQuestionId() != take)
            m_parts.browser.selectQuestion(take);
    });
}

// After a take, the list and the panels show one question again, should a filter have hidden the take's.
void TakeGuard::followBrowserAfterTake()
{
    const QString shown = m_parts.view.questionId();
    if (m_parts.recorder.isRecording() || m_parts.browser.currentQuestionId() == shown ||
        m_parts.browser.selectQuestion(shown))
        return;
    Q_EMIT showQuestion(
        m_parts.model.question(m_parts.model.indexOfQuestion(m_parts.browser.currentQuestionId())));
}

} // namespace coach
