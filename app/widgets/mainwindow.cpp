#include "widgets/mainwindow.h"

#include "core/settings.h"
#include "core/version.h"
#include "models/questiontreemodel.h"
#include "storage/questionrepository.h"
#include "widgets/questionbrowser.h"
#include "widgets/questionview.h"

#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QMessageBox>

namespace coach {

MainWindow::MainWindow(QuestionRepository &questions, Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_questions(questions)
    , m_settings(settings)
    , m_model(new QuestionTreeModel(this))
    , m_browser(new QuestionBrowser(*m_model, this))
    , m_view(new QuestionView(this))
{
    m_ui->setupUi(this);
    m_browser->setObjectName(QStringLiteral("questionBrowser"));
    m_view->setObjectName(QStringLiteral("questionView"));
    m_ui->mainSplitter->addWidget(m_browser);
    m_ui->mainSplitter->addWidget(m_view);
    m_ui->mainSplitter->setStretchFactor(0, 2);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->mainSplitter->setSizes({420, 680});

    connect(m_browser, &QuestionBrowser::currentQuestionChanged, this, [this](const Question *question) {
        m_view->setQuestion(question);
        if (question)
            m_settings.setValue(Settings::Key::LastQuestionId, question->id);
    });
    setUpActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpActions()
{
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->quitAction->setMenuRole(QAction::QuitRole);
    m_ui->findAction->setShortcut(QKeySequence::Find);
    m_ui->toggleSampleAction->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    m_ui->aboutAction->setMenuRole(QAction::AboutRole);
    m_ui->aboutQtAction->setMenuRole(QAction::AboutQtRole);

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->findAction, &QAction::triggered, m_browser, &QuestionBrowser::focusSearch);
    connect(m_ui->toggleSampleAction, &QAction::triggered, m_view, &QuestionView::setSampleVisible);
    connect(m_view, &QuestionView::sampleVisibilityChanged, m_ui->toggleSampleAction, &QAction::setChecked);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

QString MainWindow::reload()
{
    auto categories = m_questions.categories();
    if (!categories)
        return categories.error();
    auto questions = m_questions.questions();
    if (!questions)
        return questions.error();
    m_model->setQuestions(categories.value(), questions.value());
    restoreState();
    updateStatus();
    return {};
}

void MainWindow::restoreState()
{
    restoreGeometry(m_settings.value(Settings::Key::MainWindowGeometry).toByteArray());
    QMainWindow::restoreState(m_settings.value(Settings::Key::MainWindowState).toByteArray());
    m_ui->mainSplitter->restoreState(m_settings.value(Settings::Key::MainSplitterState).toByteArray());

    const QString last = m_settings.value(Settings::Key::LastQuestionId).toString();
    if (last.isEmpty() || !m_browser->selectQuestion(last)) {
        const QModelIndex first = m_model->index(0, 0, m_model->index(0, 0));
        if (const Question *q = m_model->question(first))
            m_browser->selectQuestion(q->id);
    }
}

void MainWindow::saveState()
{
    m_settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::MainWindowState, QMainWindow::saveState());
    m_settings.setValue(Settings::Key::MainSplitterState, m_ui->mainSplitter->saveState());
    m_settings.sync();
}

void MainWindow::updateStatus()
{
    statusBar()->showMessage(tr("Questions in the bank: %1").arg(m_model->questionCount()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Interview Coach"),
                       tr("<h3>Interview Coach %1</h3>"
                          "<p>Practise job-interview answers out loud, structure them with the STAR method "
                          "and follow your progress.</p>"
                          "<p>Everything stays on this computer: no account, no network, no telemetry.</p>")
                           .arg(QString::fromLatin1(kVersion)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateStatus();
    }
    QMainWindow::changeEvent(event);
}

} // namespace coach
