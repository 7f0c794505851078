#include "widgets/mainwindow.h"

#include "controllers/analysisqueue.h"
#include "controllers/profiletakeout.h"
#include "core/mockinterview.h"
#include "core/schedule.h"
#include "core/settings.h"
#include "models/attemptlistmodel.h"
#include "models/questiontreemodel.h"
#include "startup/afterfirstpaint.h"
#include "storage/attemptrepository.h"
#include "storage/questionrepository.h"
#include "widgets/actionmanager.h"
#include "widgets/analysisprogressbar.h"
#include "widgets/attemptspanel.h"
#include "widgets/historywindow.h"
#include "widgets/keypointcontrol.h"
#include "widgets/keypointeditor.h"
#include "widgets/messagebox.h"
#include "widgets/mockinterviewwindow.h"
#include "widgets/progressview.h"
#include "widgets/questionbrowser.h"
#include "widgets/questionediting.h"
#include "widgets/questionview.h"
#include "widgets/readonlynotice.h"
#include "widgets/recorderpanel.h"
#include "widgets/reviewguide.h"
#include "widgets/stareditor.h"
#include "widgets/takeguard.h"
#include "widgets/takeoutdialogs.h"
#include "widgets/windowfit.h"
#include "widgets/windowmanager.h"

#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QShortcut>

namespace coach {

// The practice pane (recorder, takes, player, rating, notes, checklist, figures) takes what it needs up to
// this share of the screen's height; the question keeps the rest, and more scrolls.
constexpr int kPracticeSharePercent = 55;

MainWindow::MainWindow(const MainWindowServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_questions(services.questions)
    , m_settings(services.settings)
    , m_model(new QuestionTreeModel(this))
    , m_browser(new QuestionBrowser(*m_model, services.settings, services.language, this))
    , m_view(new QuestionView(this))
    , m_starEditor(new StarEditor(services.stories, services.language, this))
    , m_attemptRepository(services.attempts)
    , m_analysis(new AnalysisQueue(services.analyzer, services.attempts, services.dataDir, this))
    , m_recorder(new RecorderPanel(services.recorder, services.microphones, services.attempts,
                                   services.settings, services.dataDir, this))
    , m_attempts(new AttemptsPanel(services.attempts, services.player, services.dataDir, this))
    , m_takeOut(std::make_unique<ProfileTakeOut>(services.questions, services.attempts, services.stories,
                                                 services.database, services.dataDir))
{
    m_ui->setupUi(this);
    // The list is read without the questions' guides; each is read when its question is first shown.
    m_model->setDetailsSource([this](const QString &id) { return m_questions.details(id); });
    m_windows = new WindowManager(services, *this);
    m_editing = new QuestionEditing(m_questions, *m_model, *m_browser, *this);
    m_takeOutDialogs = new TakeOutDialogs(*m_takeOut, *this);
    m_actions = new ActionManager(*m_ui, *this);
    m_browser->setObjectName(QStringLiteral("questionBrowser"));
    m_view->setObjectName(QStringLiteral("questionView"));
    m_recorder->setObjectName(QStringLiteral("recorderPanel"));
    m_attempts->setObjectName(QStringLiteral("attemptsPanel"));
    m_starEditor->setObjectName(QStringLiteral("starEditor"));

    // Left the questions; right the question on top, recorder and attempts below it. The recorder and the
    // attempts take the height they need, the question's guidance the rest.
    m_ui->questionTabs->addTab(m_view, QString());
    m_ui->questionTabs->addTab(m_starEditor, QString());
    m_keyPoints = new KeyPointControl(services.database, services.dataDir, services.language,
                                      *m_ui->questionTabs, this);
    m_ui->questionTabs->addTab(m_keyPoints->editor(), QString());
    m_windows->setKeyPoints(&m_keyPoints->repository());
    m_attempts->setKeyPoints(&m_keyPoints->repository());
    m_ui->practiceLayout->addWidget(m_recorder);
    m_ui->practiceLayout->addWidget(m_attempts);
    m_ui->practiceLayout->addStretch(1);
    m_ui->practiceSplitter->setStretchFactor(0, 1);
    m_ui->practiceSplitter->setStretchFactor(1, 0);
    WindowFit::keepContentHeight(*m_ui->practiceScroll, kPracticeSharePercent);
    m_ui->mainSplitter->insertWidget(0, m_browser);
    m_ui->mainSplitter->setStretchFactor(0, 2);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->mainSplitter->setSizes({420, 680});

    connect(m_browser, &QuestionBrowser::currentQuestionChanged, this, &MainWindow::onQuestionChanged);
    connect(m_recorder, &RecorderPanel::attemptSaved, m_attempts, &AttemptsPanel::addAttempt);

    connect(m_attempts, &AttemptsPanel::attemptChanged, this,
            [this](qint64, const QString &questionId) { onAttemptsChanged({questionId}); });
    connect(m_attempts, &AttemptsPanel::rubricChanged, this,
            [this] { m_windows->refreshAttempts(m_attempts); });
    connect(m_recorder, &RecorderPanel::attemptSaved, this, &MainWindow::onTakeSaved);
    connect(m_windows, &WindowManager::takeSaved, this, &MainWindow::onTakeSaved);
    connect(m_windows, &WindowManager::attemptsChanged, this, &MainWindow::onAttemptsChanged);
    connect(m_windows, &WindowManager::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_editing, &QuestionEditing::questionsChanged, this, &MainWindow::reloadKeeping);
    connect(m_editing, &QuestionEditing::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_takeOutDialogs, &TakeOutDialogs::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_takeOutDialogs, &TakeOutDialogs::aboutToReadProfile, this, [this] {
        static_cast<void>(m_starEditor->flush()); // a failure shows in the editor's status line
        m_attempts->saveNotes();
    });
    connect(m_analysis, &AnalysisQueue::figuresSaved, this, &MainWindow::onFiguresSaved);
    connectKeyPoints();
    connect(m_analysis, &AnalysisQueue::failed, this,
            [this](qint64, const QString &message) { statusBar()->showMessage(message, 10000); });
    statusBar()->addPermanentWidget(new AnalysisProgressBar(*m_analysis, this));
    m_reviews =
        new ReviewGuide(services.attempts, m_settings, *m_model, *m_browser, *m_attempts, *statusBar());
    connect(m_reviews, &ReviewGuide::questionChosen, this,
            [this] { m_ui->questionTabs->setCurrentWidget(m_view); });
    connect(
        m_attempts, &AttemptsPanel::rated, m_reviews,
        [this](qint64, const QString &questionId, int rating) { m_reviews->onRated(questionId, rating); });
    m_takeGuard = new TakeGuard({*m_recorder, *m_model, *m_browser, *m_view, *m_attempts, *m_starEditor,
                                 services.attempts, *statusBar()},
                                this);
    connect(m_takeGuard, &TakeGuard::showQuestion, this, &MainWindow::showQuestion);
    connectActions();
    // What the first sight of the window does not show waits until it has painted.
    AfterFirstPaint::install(this, [this] {
        m_browser->enableClearButton();
        m_attempts->enableClearButton();
    });
}

void MainWindow::onQuestionChanged(const Question *question)
{
    if (m_takeGuard->allowsShowing(question))
        showQuestion(question);
}

void MainWindow::showQuestion(const Question *question)
{
    m_view->setQuestion(question, question ? m_model->categoryTitle(question->categoryId) : QString());
    m_starEditor->setQuestion(question);
    m_keyPoints->setQuestion(question);
    m_keyPoints->editor()->setStarDraft(m_starEditor->hasStory() ? m_starEditor->currentStory()->draft
                                                                 : StarDraft{});
    m_recorder->setQuestion(question ? question->id : QString(), question ? question->targetSeconds : 90);
    m_attempts->setQuestionId(question ? question->id : QString());
    m_attempts->setRubricPoints(question ? question->strongAnswerShows : QStringList());
    // Each day's first take is answered without the sample: it shows once there is a take or draft today.
    if (question && m_takeGuard->practisedToday())
        m_view->setSampleVisible(true);
    if (question)
        m_settings.setValue(Settings::Key::LastQuestionId, question->id);
}

MainWindow::~MainWindow()
{
    // The analyzer outlives the window, and closing audio devices below can run the event loop: a result
    // arriving then must not reach panels that are already gone.
    m_analysis->disconnect(this);
    // Key points being listened for stop now, before the panels their results would reach.
    delete m_keyPoints;
    // The panels outlive this destructor (QWidget's deletes them): the notes field losing the focus as the
    // window goes saves its notes and signals, which must not reach a window that is no longer one.
    m_attempts->disconnect(this);
    m_recorder->disconnect(this);
}

void MainWindow::connectActions()
{
    ActionManager &a = *m_actions;
    connect(a.action("quitAction"), &QAction::triggered, this, &QWidget::close);
    connect(a.action("newQuestionAction"), &QAction::triggered, this, &MainWindow::newQuestion);
    connect(a.action("editQuestionAction"), &QAction::triggered, this, &MainWindow::editQuestion);
    // What failed (not what the person cancelled) is said in a message titled like the action.
    const auto warnOnFailure = [this](const char *id, auto run) {
        QAction *action = m_actions->action(id);
        connect(action, &QAction::triggered, this, [this, action, run] {
            if (const auto s = run(); !s && !s.isCancelled())
                MessageBox::warning(this, action->text().remove(u'&').remove(u'…'), s.error());
        });
    };
    warnOnFailure("deleteQuestionAction", [this] { return deleteQuestion(); });
    connect(a.action("hideQuestionAction"), &QAction::triggered, this, [this](bool hidden) {
        if (Status s = setQuestionHidden(hidden); !s)
            MessageBox::warning(this, tr("Hide Question"), s.error());
    });
    connect(a.action("showHiddenAction"), &QAction::toggled, this, &MainWindow::setShowHidden);
    connect(a.action("rolesAction"), &QAction::triggered, m_browser, &QuestionBrowser::chooseRoles);
    connect(m_browser, &QuestionBrowser::currentQuestionChanged, this, &MainWindow::updateQuestionActions);

    connect(a.action("importQuestionsAction"), &QAction::triggered, this,
            [this] { static_cast<void>(importQuestions()); });
    warnOnFailure("exportQuestionsAction", [this] { return exportQuestions(); });
    warnOnFailure("exportAllAction", [this] { return exportAllData(); });
    warnOnFailure("backUpAction", [this] { return backUpProfile(); });
    warnOnFailure("restoreAction", [this] { return restoreProfile(); });
    connect(a.action("deleteAllAction"), &QAction::triggered, this,
            [this] { static_cast<void>(deleteAllData()); });

    connect(a.action("findAction"), &QAction::triggered, m_browser, &QuestionBrowser::focusSearch);
    QAction *toggleSample = a.action("toggleSampleAction");
    connect(toggleSample, &QAction::triggered, m_view, &QuestionView::setSampleVisible);
    connect(m_view, &QuestionView::sampleVisibilityChanged, toggleSample, &QAction::setChecked);
    connect(a.action("aboutAction"), &QAction::triggered, m_windows, &WindowManager::showAbout);
    connect(a.action("aboutQtAction"), &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(a.action("storiesAction"), &QAction::triggered, this, &MainWindow::showStories);
    connect(a.action("practiseNextAction"), &QAction::triggered, this, [this] { practiseNext(); });
    connect(a.action("interviewDateAction"), &QAction::triggered, m_reviews,
            &ReviewGuide::chooseInterviewDate);
    connect(a.action("mockInterviewAction"), &QAction::triggered, this, &MainWindow::chooseMockInterview);
    connect(a.action("historyAction"), &QAction::triggered, this, [this] { showHistory(); });
    connect(a.action("recoveredAction"), &QAction::triggered, this,
            [this] { showHistory()->showRecovered(); });
    connect(a.action("progressAction"), &QAction::triggered, this, [this] { showProgress(); });
    for (int r = 1; r <= 4; ++r) {
        connect(a.shortcut(QStringLiteral("rate%1Shortcut").arg(r).toLatin1().constData()),
                &QShortcut::activated, this, [this, r] { m_attempts->rateSelected(r); });
    }
    for (int k = 5; k <= 9; ++k) {
        connect(a.shortcut(QStringLiteral("rubric%1Shortcut").arg(k).toLatin1().constData()),
                &QShortcut::activated, this, [this, k] { m_attempts->toggleRubricPoint(k - 5); });
    }
    connect(a.action("recordAction"), &QAction::triggered, m_recorder, &RecorderPanel::toggleRecording);
    a.addAttemptListAction(m_attempts->bestAction());
    connect(a.action("shortcutsAction"), &QAction::triggered, this,
            [this] { m_windows->showShortcuts(*m_actions); });
    connect(a.action("playAction"), &QAction::triggered, m_attempts, &AttemptsPanel::togglePlayback);
    connect(a.shortcut("spaceShortcut"), &QShortcut::activated, m_recorder, &RecorderPanel::toggleRecording);
    QShortcut *escape = a.shortcut("escapeShortcut");
    connect(escape, &QShortcut::activated, m_attempts, &AttemptsPanel::stopPlayback);
    connect(m_attempts, &AttemptsPanel::playingChanged, escape, &QShortcut::setEnabled);
    connect(m_recorder, &RecorderPanel::recordingChanged, m_actions,
            [this] { m_actions->setRecording(m_recorder->isRecording()); });
    retranslateTabs();
}

void MainWindow::retranslateTabs()
{
    m_ui->questionTabs->setTabText(0, tr("&Question"));
    m_ui->questionTabs->setTabText(1, tr("S&TAR Answer"));
    m_ui->questionTabs->setTabText(2, tr("&Key Points"));
}

QString MainWindow::reload()
{
    if (const QString error = loadQuestions(); !error.isEmpty())
        return error;
    restoreState();
    // The list has the focus at start, so Space records and 1 to 4 rate instead of typing into a field.
    m_browser->focusList();
    return {};
}

QString MainWindow::loadQuestions()
{
    auto categories = m_questions.categories();
    if (!categories)
        return categories.error();
    auto questions = m_questions.questionList(m_showHidden);
    if (!questions)
        return questions.error();
    auto banks = m_questions.banks();
    if (!banks)
        return banks.error();
    m_model->setQuestions(categories.value(), questions.value());
    m_keyPoints->setQuestionLanguages(questions.value(), banks.value());
    m_browser->setBanks(banks.value());
    updateReviews();
    updateStatus();
    return {};
}

void MainWindow::restoreState()
{
    // A first start opens at a size that suits the screen; a remembered size or place is brought onto the
    // screen there is now (it may be smaller than the one it was saved on).
    if (restoreGeometry(m_settings.value(Settings::Key::MainWindowGeometry).toByteArray()))
        WindowFit::clampToScreen(*this);
    else
        WindowFit::applyFirstSize(*this);
    QMainWindow::restoreState(m_settings.value(Settings::Key::MainWindowState).toByteArray());
    m_ui->mainSplitter->restoreState(m_settings.value(Settings::Key::MainSplitterState).toByteArray());
    m_ui->practiceSplitter->restoreState(
        m_settings.value(Settings::Key::PracticeSplitterState).toByteArray());

    selectRememberedQuestion();
}

void MainWindow::selectRememberedQuestion()
{
    const QString last = m_settings.value(Settings::Key::LastQuestionId).toString();
    // Else the first question the list shows: the roles chosen (or offered, in the interface's language
    // first) may leave out the first bank.
    if (last.isEmpty() || !m_browser->selectQuestion(last))
        m_browser->selectFirstQuestion();
}

void MainWindow::saveState()
{
    m_settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::MainWindowState, QMainWindow::saveState());
    m_settings.setValue(Settings::Key::MainSplitterState, m_ui->mainSplitter->saveState());
    m_settings.setValue(Settings::Key::PracticeSplitterState, m_ui->practiceSplitter->saveState());
    m_settings.sync();
}

void MainWindow::updateStatus()
{
    statusBar()->showMessage(tr("Questions in the bank: %1").arg(m_model->questionCount()));
}

void MainWindow::analyseBacklog()
{
    // Attempts recorded before figures existed (or analysed by an older method) get them once, in the
    // background.
    m_analysis->addBacklog();
    m_keyPoints->addBacklog();
    updateBaseline();
}

void MainWindow::connectKeyPoints()
{
    KeyPointEditor *editor = m_keyPoints->editor();
    connect(m_starEditor, &StarEditor::keyPointsRequested, this,
            [this, editor] { m_ui->questionTabs->setCurrentWidget(editor); });
    connect(m_starEditor, &StarEditor::draftChanged, editor,
            [editor](const Story &story) { editor->setStarDraft(story.draft); });
    connect(m_keyPoints, &KeyPointControl::resultsSaved, this, [this] {
        m_attempts->refreshKeyPoints();
        m_windows->refreshFigures();
        m_windows->refreshAttempts();
    });
    connect(m_keyPoints, &KeyPointControl::statusMessage, statusBar(), &QStatusBar::showMessage);
}

void MainWindow::onFiguresSaved()
{
    m_attempts->refreshFigures();
    m_windows->refreshFigures();
    updateBaseline();
}

void MainWindow::updateBaseline()
{
    // The overall pace, pauses included: the STAR estimate of spoken time must count the pauses too.
    const QList<double> recent = m_attemptRepository.recentPaces(10);
    const double pace = medianPace(std::vector<double>(recent.begin(), recent.end()));
    m_attempts->setBaselinePace(pace);
    m_starEditor->setWordsPerMinute(pace > 0 ? static_cast<int>(std::lround(pace)) : 0);
}

void MainWindow::updateReviews()
{
    m_reviews->updateReviews();
}

QString MainWindow::practiseNext()
{
    if (m_recorder->isRecording()) {
        m_takeGuard->keepTakeQuestion();
        return {};
    }
    return m_reviews->practiseNext();
}

void MainWindow::onTakeSaved(const Attempt &attempt)
{
    // Delivery figures are computed in the background right after each take.
    m_analysis->add(attempt);
    m_keyPoints->takeSaved(attempt);
    // Once a question has an attempt its sample answer shows: peeking first is what it guards against.
    if (attempt.questionId == m_browser->currentQuestionId())
        m_view->setSampleVisible(true);
    onAttemptsChanged({attempt.questionId});
}

Result<int> MainWindow::importQuestions()
{
    return m_editing->importQuestions();
}

Status MainWindow::exportQuestions()
{
    return m_editing->exportQuestions();
}

void MainWindow::updateQuestionActions()
{
    const Question *q = m_model->question(m_model->indexOfQuestion(m_browser->currentQuestionId()));
    const bool own = q && q->bankId == QLatin1String(kCustomBankId);
    m_actions->action("editQuestionAction")->setEnabled(own && !m_readOnly);
    m_actions->action("deleteQuestionAction")->setEnabled(own && !m_readOnly);
    QAction *hide = m_actions->action("hideQuestionAction");
    hide->setEnabled(q != nullptr && !m_readOnly);
    hide->setChecked(q && q->hidden);
}

void MainWindow::setRecordingAllowed(bool allowed)
{
    allowed = allowed && !m_readOnly;
    for (const char *id : {"recordAction", "mockInterviewAction"})
        m_actions->action(id)->setEnabled(allowed);
    m_actions->shortcut("spaceShortcut")->setEnabled(allowed);
    m_recorder->setEnabled(allowed);
}

void MainWindow::setReadOnly(const QString &reason)
{
    m_readOnly = true;
    setRecordingAllowed(false);
    m_actions->disableSaving();
    m_attempts->setReadOnly(reason);
    m_keyPoints->setReadOnly(true);
    updateQuestionActions();

    new ReadOnlyNotice(reason, *this);
}

// After a change to the questions: the list is read again, the window keeps its size and splitters.
void MainWindow::reloadKeeping(const QString &questionId)
{
    if (const QString error = loadQuestions(); !error.isEmpty())
        statusBar()->showMessage(error, 20000);
    if (questionId.isEmpty() || !m_browser->selectQuestion(questionId))
        selectRememberedQuestion();
    updateQuestionActions();
}

void MainWindow::newQuestion()
{
    static_cast<void>(m_editing->newQuestion());
}

void MainWindow::editQuestion()
{
    const QString id = m_browser->currentQuestionId();
    if (m_editing->editQuestion().ok()) // the view shows the new text
        showQuestion(m_model->question(m_model->indexOfQuestion(id)));
}

Status MainWindow::deleteQuestion()
{
    return m_editing->deleteQuestion();
}

Status MainWindow::setQuestionHidden(bool hidden)
{
    return m_editing->setHidden(hidden, m_showHidden);
}

void MainWindow::setShowHidden(bool show)
{
    if (show == m_showHidden)
        return;
    m_showHidden = show;
    QAction *showHidden = m_actions->action("showHiddenAction");
    const QSignalBlocker blocker(showHidden);
    showHidden->setChecked(show);
    reloadKeeping(m_browser->currentQuestionId());
}

Result<ExportSummary> MainWindow::exportAllData()
{
    return m_takeOutDialogs->exportAllData();
}

Status MainWindow::backUpProfile()
{
    return m_takeOutDialogs->backUpProfile();
}

Status MainWindow::restoreProfile()
{
    if (Status planned = m_takeOutDialogs->planRestore(); !planned)
        return planned;
    return closeForPendingChange();
}

Status MainWindow::deleteAllData()
{
    if (Status planned = m_takeOutDialogs->planDeleteAll(); !planned)
        return planned;
    return closeForPendingChange();
}

// The planned change needs the database closed: the window closes, unless closing is declined.
Status MainWindow::closeForPendingChange()
{
    if (!close()) {
        m_takeOut->cancelPlan();
        return Status::cancelled();
    }
    return Status::success();
}

MainWindow::PendingChange MainWindow::pendingChange() const
{
    return m_takeOut->pending();
}

void MainWindow::chooseMockInterview()
{
    // The take being recorded is the person's: stopping it for the interview is asked, not assumed.
    if (m_recorder->isRecording()) {
        if (MessageBox::question(this, tr("Mock Interview"),
                                 tr("A take is being recorded. Stop it and keep it, then set up the mock "
                                    "interview?"),
                                 QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Yes) != QMessageBox::Yes)
            return;
        m_recorder->toggleRecording();
    }
    if (const std::optional<MockOptions> options = m_windows->chooseMockOptions())
        startMockInterview(*options);
}

MockInterviewWindow *MainWindow::startMockInterview(const MockOptions &options)
{
    if (m_recorder->isRecording())
        m_recorder->toggleRecording();
    m_attempts->stopPlayback();
    const QStringList bankIds = m_browser->myBankIds();
    return m_windows->startMockInterview(bankIds, m_model->reviewList(bankIds), m_reviews->interviewDay(),
                                         options);
}

void MainWindow::onAttemptsChanged(const QStringList &questionIds, const QObject *source)
{
    updateReviews();
    if (questionIds.contains(m_attempts->model()->questionId()))
        m_attempts->reload();
    m_windows->refreshAttempts(source);
}

HistoryWindow *MainWindow::showHistory()
{
    return m_windows->showHistory();
}

ProgressView *MainWindow::showProgress()
{
    // The forecast counts what the "due today" summary counts: the listed roles' questions.
    return m_windows->showProgress([this] {
        return ProgressView::ReviewOutlook{m_model->reviewList(m_browser->myBankIds()),
                                           m_reviews->interviewDay()};
    });
}

void MainWindow::setInterviewDate(const QDate &date)
{
    m_reviews->setInterviewDate(date);
}

void MainWindow::showStories()
{
    m_windows->showStories(*m_starEditor);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A take in progress is finished and kept, never dropped.
    if (m_recorder->isRecording())
        m_recorder->toggleRecording();
    m_attempts->saveNotes();
    if (Status flushed = m_starEditor->flush();
        !flushed &&
        MessageBox::warning(
            this, tr("Story not saved"),
            tr("The last changes to the story could not be saved: %1\n\nQuit anyway?").arg(flushed.error()),
            QMessageBox::Discard | QMessageBox::Cancel) != QMessageBox::Discard) {
        event->ignore();
        return;
    }
    saveState();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_actions->retranslate();
        retranslateTabs();
        updateStatus();
        m_reviews->updateReviewSummary();
    }
    QMainWindow::changeEvent(event);
}

} // namespace coach
