#include "widgets/windowmanager.h"

#include "core/mockinterview.h"
#include "core/version.h"

#include "models/mocksummarymodel.h"
#include "models/questiontreemodel.h"
#include "storage/attemptrepository.h"
#include "storage/questionrepository.h"
#include "widgets/historywindow.h"
#include "widgets/mainwindow.h"
#include "widgets/messagebox.h"
#include "widgets/mockinterviewwindow.h"
#include "widgets/mockoptionsdialog.h"
#include "widgets/progressview.h"
#include "widgets/shortcutsdialog.h"
#include "widgets/stareditor.h"
#include "widgets/storiesdialog.h"

#include <QDialog>
#include <QHash>
#include <QMessageBox>

namespace coach {

WindowManager::WindowManager(const MainWindowServices &services, QWidget &parent)
    : QObject(&parent)
    , m_services(std::make_unique<MainWindowServices>(services))
    , m_parent(parent)
{}

WindowManager::~WindowManager() = default;

void WindowManager::bringToFront(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}

HistoryWindow *WindowManager::showHistory()
{
    MainWindowServices &s = *m_services;
    if (!m_history) {
        m_history = new HistoryWindow(s.history, s.attempts, s.trash, s.player, s.dataDir, &m_parent);
        connect(m_history, &HistoryWindow::attemptsChanged, this,
                [this](const QStringList &ids) { Q_EMIT attemptsChanged(ids, m_history); });
    }
    const auto categories = s.questions.categories();
    const auto questions = s.questions.questions();
    if (categories && questions)
        m_history->setQuestions(categories.value(), questions.value());
    else
        m_history->refresh();
    bringToFront(m_history);
    return m_history;
}

ProgressView *WindowManager::showProgress(std::function<ProgressView::ReviewOutlook()> reviews)
{
    MainWindowServices &s = *m_services;
    if (!m_progress)
        m_progress = new ProgressView(s.attempts, s.settings, &m_parent);
    m_progress->setReviewSource(std::move(reviews));
    const auto categories = s.questions.categories();
    const auto questions = s.questions.questions();
    if (categories && questions)
        m_progress->setQuestions(categories.value(), questions.value());
    if (const QString error = m_progress->refresh(); !error.isEmpty())
        Q_EMIT statusMessage(error, 10000);
    bringToFront(m_progress);
    return m_progress;
}

StoriesDialog *WindowManager::showStories(StarEditor &editor)
{
    if (!m_stories) {
        m_stories = new StoriesDialog(m_services->stories, m_services->questions, &m_parent);
        connect(&editor, &StarEditor::storiesChanged, m_stories, &StoriesDialog::refresh);
        connect(m_stories, &StoriesDialog::storiesRemoved, &editor, &StarEditor::forgetStories);
    }
    static_cast<void>(editor.flush()); // a failure shows in the editor's status line
    m_stories->refresh();
    bringToFront(m_stories);
    return m_stories;
}

ShortcutsDialog *WindowManager::showShortcuts(const ActionManager &actions)
{
    if (!m_shortcuts)
        m_shortcuts = new ShortcutsDialog(actions, &m_parent);
    bringToFront(m_shortcuts);
    return m_shortcuts;
}

void WindowManager::showAbout()
{
    QMessageBox::about(&m_parent, tr("About Interview Coach"),
                       tr("<h3>Interview Coach %1</h3>"
                          "<p>Practise job-interview answers out loud, structure them with the STAR method "
                          "and follow your progress.</p>"
                          "<p>Everything stays on this computer: no account, no network, no telemetry.</p>")
                           .arg(QString::fromLatin1(kVersion)));
}

std::optional<MockOptions> WindowManager::chooseMockOptions()
{
    const auto categories = m_services->questions.categories();
    MockOptionsDialog dialog(m_services->settings, categories ? categories.value() : QList<Category>{},
                             m_services->voice, &m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.options();
}

MockInterviewWindow *WindowManager::startMockInterview(const QStringList &bankIds,
                                                       const QList<QuestionReview> &reviews,
                                                       std::optional<QDate> interviewDay,
                                                       const MockOptions &options)
{
    const auto all = m_services->questions.questions();
    if (!all) {
        MessageBox::warning(&m_parent, tr("Mock Interview"), all.error());
        return nullptr;
    }
    // Only the questions of the roles practised for, as the list shows them.
    QList<Question> mine = all.value();
    mine.removeIf([&bankIds](const Question &q) { return !QuestionTreeModel::isInBanks(q.bankId, bankIds); });
    const Clock &clock = m_services->attempts.clock();
    const QStringList ids = chooseMockQuestions(mine, reviews, options, clock.today(), interviewDay,
                                                static_cast<quint32>(clock.nowUtc().toMSecsSinceEpoch()));
    QHash<QString, const Question *> byId;
    for (const Question &q : mine)
        byId.insert(q.id, &q);
    QList<Question> questions;
    for (const QString &id : ids) {
        if (const Question *q = byId.value(id))
            questions << *q;
    }
    if (!m_mock) {
        MainWindowServices &s = *m_services;
        m_mock = new MockInterviewWindow(s.attempts, s.mockSessions, s.mockRecorder, s.player, s.voice,
                                         s.settings, s.dataDir, &m_parent);
        m_mock->summary()->setKeyPoints(m_keyPoints);
        connect(m_mock, &MockInterviewWindow::attemptSaved, this, &WindowManager::takeSaved);
        connect(m_mock, &MockInterviewWindow::attemptChanged, this,
                [this](const QString &questionId) { Q_EMIT attemptsChanged({questionId}, m_mock); });
    }
    if (const QString error = m_mock->start(questions, options); !error.isEmpty()) {
        QMessageBox::information(&m_parent, tr("Mock Interview"), error);
        return nullptr;
    }
    bringToFront(m_mock);
    return m_mock;
}

void WindowManager::refreshAttempts(const QObject *source)
{
    if (m_history && !m_history->isHidden() && source != m_history)
        m_history->refresh();
    if (m_progress && !m_progress->isHidden())
        static_cast<void>(m_progress->refresh());
}

void WindowManager::refreshFigures()
{
    if (m_mock)
        m_mock->refreshSummary();
}

} // namespace coach
