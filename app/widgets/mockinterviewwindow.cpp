#include "widgets/mockinterviewwindow.h"

#include "core/deliverytext.h"
#include "core/recorder.h"
#include "core/settings.h"
#include "core/takefiles.h"
#include "core/voice.h"
#include "models/mocksummarymodel.h"
#include "storage/attemptrepository.h"
#include "storage/mocksessionrepository.h"
#include "widgets/levelmeter.h"
#include "widgets/playbackbar.h"
#include "widgets/rubricchecklist.h"

#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace coach {

namespace {

constexpr int kTickMs = 100;

} // namespace

MockInterviewWindow::MockInterviewWindow(AttemptRepository &attempts, MockSessionRepository &sessions,
                                         Recorder &recorder, Player &player, Voice &voice, Settings &settings,
                                         QString dataDir, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_attempts(attempts)
    , m_sessions(sessions)
    , m_voice(voice)
    , m_settings(settings)
    , m_dataDir(std::move(dataDir))
    , m_recorder(recorder)
    , m_pages(new QStackedWidget(this))
    , m_progress(new QLabel(this))
    , m_question(new QLabel(this))
    , m_status(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_keys(new QLabel(this))
    , m_meter(new LevelMeter(this))
    , m_summaryHeading(new QLabel(this))
    , m_table(new QTableView(this))
    , m_summary(new MockSummaryModel(attempts, m_dataDir, this))
    , m_playback(new PlaybackBar(player, this))
    , m_rubric(new RubricChecklist(attempts, this))
{
    setObjectName(QStringLiteral("mockInterviewWindow"));
    m_progress->setObjectName(QStringLiteral("mockProgress"));
    m_question->setObjectName(QStringLiteral("mockQuestion"));
    m_status->setObjectName(QStringLiteral("mockStatus"));
    m_notice->setObjectName(QStringLiteral("mockNotice"));
    m_summaryHeading->setObjectName(QStringLiteral("mockSummaryHeading"));
    m_table->setObjectName(QStringLiteral("mockSummaryTable"));
    m_playback->setObjectName(QStringLiteral("mockPlayback"));

    m_pages->addWidget(buildRunningPage());
    m_pages->addWidget(buildSummaryPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connectServices();
    // One key for each thing a person does during the interview.
    addShortcuts();
    m_clock.start();
    retranslate();
    resize(900, 600);
}

QWidget *MockInterviewWindow::buildRunningPage()
{
    QFont questionFont = m_question->font();
    questionFont.setPointSizeF(questionFont.pointSizeF() * 2.0);
    questionFont.setBold(true);
    m_question->setFont(questionFont);
    m_question->setWordWrap(true);
    m_question->setAlignment(Qt::AlignCenter);
    m_question->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont statusFont = m_status->font();
    statusFont.setPointSizeF(statusFont.pointSizeF() * 1.4);
    m_status->setFont(statusFont);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setMargin(10);
    m_status->setAutoFillBackground(true);
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->hide();
    m_keys->setAlignment(Qt::AlignCenter);
    m_progress->setAlignment(Qt::AlignCenter);

    auto *running = new QWidget(this);
    auto *runningLayout = new QVBoxLayout(running);
    runningLayout->addWidget(m_progress);
    runningLayout->addStretch(1);
    runningLayout->addWidget(m_question);
    runningLayout->addStretch(1);
    runningLayout->addWidget(m_status);
    runningLayout->addWidget(m_meter);
    runningLayout->addWidget(m_notice);
    runningLayout->addWidget(m_keys);
    return running;
}

QWidget *MockInterviewWindow::buildSummaryPage()
{
    auto *summaryPage = new QWidget(this);
    auto *summaryLayout = new QVBoxLayout(summaryPage);
    m_summaryHeading->setWordWrap(true);
    QFont headingFont = m_summaryHeading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_summaryHeading->setFont(headingFont);
    m_table->setModel(m_summary);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(MockSummaryModel::QuestionColumn, QHeaderView::Stretch);
    for (int c = MockSummaryModel::LengthColumn; c < MockSummaryModel::ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    summaryLayout->addWidget(m_summaryHeading);
    summaryLayout->addWidget(m_table, 1);
    summaryLayout->addWidget(m_playback);
    summaryLayout->addWidget(m_rubric);
    auto *summaryKeys = new QLabel(summaryPage);
    summaryKeys->setObjectName(QStringLiteral("mockSummaryKeys"));
    summaryLayout->addWidget(summaryKeys);
    return summaryPage;
}

void MockInterviewWindow::connectServices()
{
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &MockInterviewWindow::onTick);
    connect(&m_voice, &Voice::started, this, [this] {
        if (m_shownAt >= 0) {
            m_latencies << now() - m_shownAt;
            m_shownAt = -1;
        }
    });
    connect(&m_voice, &Voice::finished, this, [this] {
        if (m_session)
            m_session->speechFinished(now());
    });
    connect(&m_recorder, &Recorder::levelsMeasured, m_meter, &LevelMeter::setReading);
    connect(&m_recorder, &Recorder::finished, this, &MockInterviewWindow::onTake);
    connect(&m_recorder, &Recorder::problem, this, [this](const QString &message) {
        if (m_session)
            m_session->recordingFailed(message, now());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString path =
                    current.siblingAtColumn(0).data(MockSummaryModel::AudioPathRole).toString();
                if (path.isEmpty())
                    m_playback->clear();
                else
                    m_playback->setFile(path);
                const Attempt *a = m_summary->attempt(current.row());
                const Question *q = m_summary->question(current.row());
                m_rubric->setAttempt(a ? a->id : 0, q ? q->strongAnswerShows : QStringList());
            });
    connect(m_rubric, &RubricChecklist::failed, m_summaryHeading, &QLabel::setText);
    connect(m_rubric, &RubricChecklist::changed, this, [this](qint64 id) {
        m_summary->refresh();
        if (const auto a = m_attempts.attempt(id))
            Q_EMIT attemptChanged(a->questionId);
    });
    connect(m_table, &QTableView::activated, m_playback, &PlaybackBar::togglePlayback);
}

void MockInterviewWindow::addShortcuts()
{
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_Space), [this] {
        if (m_pages->currentIndex() == 1)
            m_playback->togglePlayback();
        else
            next();
    });
    shortcut(QKeySequence(Qt::Key_S), [this] { skip(); });
    shortcut(QKeySequence(Qt::Key_P), [this] { togglePause(); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] {
        if (m_pages->currentIndex() == 1)
            close();
        else
            endEarly();
    });
    for (int r = 1; r <= 4; ++r)
        shortcut(QKeySequence(Qt::Key_0 + r), [this, r] { rateSelected(r); });
    for (int k = 5; k <= 9; ++k)
        shortcut(QKeySequence(Qt::Key_0 + k), [this, k] { toggleRubricPoint(k - 5); });
}

MockInterviewWindow::~MockInterviewWindow()
{
    // Closing the microphone can run the event loop; nothing may call back into this half-destroyed window.
    m_recorder.disconnect(this);
    m_voice.disconnect(this);
    m_ticker.stop();
    if (m_recorder.state() != Recorder::State::Idle)
        m_recorder.stop();
}

qint64 MockInterviewWindow::now() const
{
    return m_clock.elapsed();
}

void MockInterviewWindow::retranslate()
{
    setWindowTitle(m_pages->currentIndex() == 1 ? tr("Mock Interview: Summary") : tr("Mock Interview"));
    m_keys->setText(tr("Space: next  ·  S: skip the question  ·  P: pause  ·  Escape: end the interview"));
    if (auto *keys = findChild<QLabel *>(QStringLiteral("mockSummaryKeys")))
        keys->setText(
            tr("1 to 4: rate the selected answer  ·  5 to 9: tick its points  ·  Space or Enter: play "
               "it  ·  Escape: close"));
    m_table->setAccessibleName(tr("Answers of this interview"));
    if (m_session)
        showState();
}

void MockInterviewWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString MockInterviewWindow::start(const QList<Question> &questions, const MockOptions &options)
{
    if (m_session && m_session->state() != MockSession::State::Summary)
        return tr("A mock interview is already running.");
    if (questions.isEmpty())
        return tr("No question matches these choices.");
    QStringList ids;
    for (const Question &q : questions)
        ids << q.id;
    auto id = m_sessions.begin(m_attempts.clock().nowUtc(), ids);
    if (!id)
        return id.error();
    m_sessionId = id.value();
    m_latencies.clear();
    m_speechNoticeShown = false;
    m_notice->hide();
    m_recorder.setDeviceId(m_settings.value(Settings::Key::MicrophoneId).toByteArray());
    m_recorder.setMaxDurationMs(options.capSeconds * 1000LL);
    m_pages->setCurrentIndex(0);
    MockSession::Ports &ports = *this;
    m_session = std::make_unique<MockSession>(questions, options, ports);
    retranslate();
    m_ticker.start();
    m_session->start(now());
    return {};
}

bool MockInterviewWindow::speak(const QString &text)
{
    m_shownAt = now();
    if (m_voice.say(text))
        return true;
    m_shownAt = -1;
    return false;
}

void MockInterviewWindow::stopSpeaking()
{
    m_voice.stop();
}

bool MockInterviewWindow::startRecording(const QString &questionId)
{
    const QDateTime started = m_attempts.clock().nowUtc();
    const QString path = QDir(m_dataDir).filePath(takeRelativePath(questionId, started));
    QDir().mkpath(QFileInfo(path).absolutePath());
    const Status ok = m_recorder.start(path, {{QStringLiteral("QUESTION_ID"), questionId},
                                              {QStringLiteral("DATE"), started.toString(Qt::ISODateWithMs)},
                                              {QStringLiteral("ENCODER_OPTIONS"), QStringLiteral("voice")}});
    if (!ok) {
        m_notice->setText(ok.error());
        m_notice->show();
        return false;
    }
    m_recordingQuestion = questionId;
    m_meter->reset();
    return true;
}

void MockInterviewWindow::stopRecording()
{
    m_recorder.stop();
}

void MockInterviewWindow::onTake(const RecordedTake &take)
{
    if (!m_session)
        return;
    Attempt attempt;
    attempt.questionId = m_recordingQuestion;
    attempt.startedAt = take.startedAt;
    attempt.durationMs = take.durationMs;
    attempt.audioPath = QDir(m_dataDir).relativeFilePath(take.path);
    attempt.mockSessionId = m_sessionId;
    attempt.followUpOf = m_session->followUpOf();
    qint64 attemptId = 0;
    if (attempt.audioPath.endsWith(QLatin1String(kPartialSuffix))) {
        // Kept under its temporary name: the next start recovers it.
        m_notice->setText(tr("The answer could not be finished; it will be recovered on the next start."));
        m_notice->show();
    } else if (auto saved = m_attempts.add(attempt); saved) {
        attemptId = saved->id;
        Q_EMIT attemptSaved(saved.value());
    } else {
        m_notice->setText(saved.error());
        m_notice->show();
    }
    if (!take.problem.isEmpty()) {
        m_notice->setText(take.problem);
        m_notice->show();
    }
    m_session->recordingFinished(attemptId, take.durationMs, take.reachedCap, now());
}

void MockInterviewWindow::stateChanged(MockSession::State state)
{
    if (state == MockSession::State::Summary) {
        m_ticker.stop();
        showSummary();
        return;
    }
    showState();
}

void MockInterviewWindow::onTick()
{
    if (!m_session)
        return;
    m_session->tick(now());
    showState();
}

void MockInterviewWindow::showState()
{
    if (!m_session || m_session->state() == MockSession::State::Summary)
        return;
    const MockSession &s = *m_session;
    m_question->setText(s.currentText());
    m_progress->setText(
        s.isFollowUp() ? tr("Follow-up to question %1 of %2").arg(s.currentIndex() + 1).arg(s.questionCount())
                       : tr("Question %1 of %2").arg(s.currentIndex() + 1).arg(s.questionCount()));
    if (s.speechUnavailable() && !m_speechNoticeShown) {
        m_speechNoticeShown = true;
        m_notice->setText(
            tr("The questions are shown but not read aloud: %1").arg(m_voice.unavailableReason()));
        m_notice->show();
    }
    QPalette pal = palette();
    const bool recording = s.state() == MockSession::State::Recording;
    m_meter->setVisible(recording);
    QString text;
    if (s.isPaused()) {
        text = tr("Paused. Press P to go on.");
    } else {
        switch (s.state()) {
        case MockSession::State::Speaking:
            text = tr("The interviewer is asking…");
            break;
        case MockSession::State::Thinking:
            text = tr("Think about your answer: %1 s. Space starts now.")
                       .arg((s.thinkingLeftMs(now()) + 999) / 1000);
            break;
        case MockSession::State::Recording:
            // The cue that the microphone is live: a red band with the time.
            text =
                QStringLiteral("\u25cf ") +
                tr("Recording %1. Space ends the answer.").arg(DeliveryText::clock(m_recorder.elapsedMs()));
            pal.setColor(QPalette::Window, QColor(0xc6, 0x28, 0x28));
            pal.setColor(QPalette::WindowText, Qt::white);
            break;
        case MockSession::State::Between:
            text = s.followUpNext() ? tr("Answer saved. A follow-up question…")
                                    : tr("Answer saved. Next question…");
            break;
        case MockSession::State::Idle:
        case MockSession::State::Summary:
            break;
        }
    }
    m_status->setPalette(pal);
    m_status->setText(text);
}

void MockInterviewWindow::showSummary()
{
    const MockSession &s = *m_session;
    static_cast<void>(m_sessions.finish(m_sessionId, m_attempts.clock().nowUtc(), s.totalMs(),
                                        s.end() != MockSession::End::Completed));
    // Each question, then the follow-up answered after it (a row of its own).
    QList<QPair<Question, qint64>> rows;
    int answered = 0;
    for (const Question &q : s.questions()) {
        qint64 attemptId = 0;
        std::optional<MockSession::Answer> followUp;
        for (const MockSession::Answer &a : s.answers()) {
            if (a.questionId != q.id || a.attemptId <= 0)
                continue;
            if (a.followUp.isEmpty())
                attemptId = a.attemptId;
            else
                followUp = a;
        }
        answered += attemptId > 0 ? 1 : 0;
        rows.append({q, attemptId});
        if (followUp) {
            Question asked = q;
            asked.text = tr("Follow-up: %1").arg(followUp->followUp);
            rows.append({asked, followUp->attemptId});
        }
    }
    m_summary->setAnswers(rows);
    QString heading = tr("Interview finished: %1 of %2 questions answered in %3.")
                          .arg(answered)
                          .arg(s.questionCount())
                          .arg(DeliveryText::clock(s.totalMs()));
    if (s.end() == MockSession::End::ByPerson)
        heading += u' ' + tr("It was ended early.");
    else if (s.end() == MockSession::End::RecorderProblem)
        heading += u' ' + tr("The recorder stopped it: %1").arg(s.problem());
    m_summaryHeading->setText(heading);
    m_pages->setCurrentIndex(1);
    m_table->setFocus();
    if (m_summary->rowCount() > 0)
        m_table->setCurrentIndex(m_summary->index(0, 0));
    retranslate();
    Q_EMIT finished();
}

void MockInterviewWindow::refreshSummary()
{
    if (m_pages->currentIndex() == 1)
        m_summary->refresh();
}

void MockInterviewWindow::next()
{
    if (m_session)
        m_session->next(now());
}

void MockInterviewWindow::skip()
{
    if (m_session)
        m_session->skip(now());
}

void MockInterviewWindow::togglePause()
{
    if (m_session)
        m_session->togglePause(now());
}

void MockInterviewWindow::endEarly()
{
    if (m_session)
        m_session->endEarly(now());
}

bool MockInterviewWindow::rateSelected(int rating)
{
    if (m_pages->currentIndex() != 1)
        return false;
    const Attempt *a = m_summary->attempt(m_table->currentIndex().row());
    if (!a)
        return false;
    const QString question = a->questionId;
    if (Status saved = m_attempts.setRating(a->id, rating); !saved) {
        m_summaryHeading->setText(saved.error());
        return false;
    }
    m_summary->refresh();
    Q_EMIT attemptChanged(question);
    return true;
}

bool MockInterviewWindow::toggleRubricPoint(int point)
{
    if (m_pages->currentIndex() != 1 || !m_summary->attempt(m_table->currentIndex().row()))
        return false;
    return m_rubric->toggle(point);
}

void MockInterviewWindow::closeEvent(QCloseEvent *event)
{
    // Closing ends the interview; an answer being recorded is finished and kept.
    if (m_session && m_session->state() != MockSession::State::Summary)
        m_session->endEarly(now());
    m_playback->stop();
    event->accept();
}

} // namespace coach
