#include "widgets/stareditor.h"

#include "core/deliverytext.h"
#include "models/storylistmodel.h"
#include "storage/storyrepository.h"
#include "widgets/competencycompleter.h"
#include "widgets/linkstorydialog.h"
#include "widgets/practiseview.h"
#include "widgets/revisionsdialog.h"
#include "widgets/starsharebar.h"

#include "ui_stareditor.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QLoggingCategory>
#include <QMessageBox>

namespace coach {

Q_LOGGING_CATEGORY(lcStarEditor, "coach.stareditor", QtWarningMsg)

namespace {

QString minutesAndSeconds(double seconds)
{
    return DeliveryText::clock(qRound64(seconds * 1000.0));
}

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &t : text.split(u',', Qt::SkipEmptyParts)) {
        const QString tag = t.trimmed().toLower();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
    return tags;
}

} // namespace

StarEditor::StarEditor(StoryRepository &stories, QString language, QWidget *parent)
    : QWidget(parent)
    , m_stories(stories)
    , m_language(std::move(language))
    , m_storyModel(new StoryListModel(this))
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &StarEditor::saveNow);
}

void StarEditor::setVisible(bool visible)
{
    // Built before Qt shows the children, so that they appear with the editor.
    if (visible)
        buildForm();
    QWidget::setVisible(visible);
}

void StarEditor::buildForm()
{
    if (m_ui)
        return;
    m_ui = std::make_unique<Ui::StarEditor>();
    m_ui->setupUi(this);
    m_ui->storyCombo->setModel(m_storyModel);
    m_shareBar = new StarShareBar(this);
    m_shareBar->setObjectName(QStringLiteral("shareBar"));
    m_ui->shareBarHost->addWidget(m_shareBar);
    m_competencies = new CompetencyCompleter(this);
    m_ui->tagsEdit->setCompleter(m_competencies);
    refreshCompetencies();
    QFont bold = m_ui->situationHeading->font();
    bold.setBold(true);
    for (QLabel *heading :
         {m_ui->situationHeading, m_ui->taskHeading, m_ui->actionHeading, m_ui->resultHeading})
        heading->setFont(bold);
    // The headings name the part editors for screen readers.
    m_ui->situationHeading->setBuddy(m_ui->situationEdit);
    m_ui->taskHeading->setBuddy(m_ui->taskEdit);
    m_ui->actionHeading->setBuddy(m_ui->actionEdit);
    m_ui->resultHeading->setBuddy(m_ui->resultEdit);
    for (const StarPart part : kStarParts) {
        // The story scrolls rather than making the window taller than the screen; each part is as tall as
        // its text, with room for a few lines however small the window is (StarPartEdit).
        QPlainTextEdit *text = edit(part);
        connect(text, &QPlainTextEdit::textChanged, this, &StarEditor::onEdited);
    }
    // textChanged, not textEdited: a competency picked from the completer is an edit too.
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, &StarEditor::onEdited);
    connect(m_ui->tagsEdit, &QLineEdit::textChanged, this, &StarEditor::onEdited);
    connect(m_ui->storyCombo, &QComboBox::activated, this, [this](int row) {
        openStory(m_storyModel->index(row, 0).data(StoryListModel::StoryIdRole).toLongLong());
    });
    connect(m_ui->newStoryButton, &QPushButton::clicked, this, &StarEditor::newStory);
    connect(m_ui->linkStoryButton, &QPushButton::clicked, this, &StarEditor::linkExistingStory);
    connect(m_ui->revisionsButton, &QPushButton::clicked, this, &StarEditor::showRevisions);
    connect(m_ui->practiseButton, &QPushButton::clicked, this, &StarEditor::showPractiseView);
    connect(m_ui->keyPointsButton, &QPushButton::clicked, this, &StarEditor::keyPointsRequested);
    m_ui->savedLabel->setText(m_status);
    retranslate();
    showStory();
    m_ui->storyCombo->setCurrentIndex(m_storyModel->rowOfStory(m_story ? m_story->id : 0));
}

void StarEditor::setStatus(const QString &text)
{
    m_status = text;
    if (m_ui)
        m_ui->savedLabel->setText(text);
}

StarEditor::~StarEditor()
{
    // Quitting asks about a failed save first (MainWindow::closeEvent); here it is a last attempt.
    static_cast<void>(flush());
}

QPlainTextEdit *StarEditor::edit(StarPart part) const
{
    switch (part) {
    case StarPart::Situation:
        return m_ui->situationEdit;
    case StarPart::Task:
        return m_ui->taskEdit;
    case StarPart::Action:
        return m_ui->actionEdit;
    case StarPart::Result:
        return m_ui->resultEdit;
    }
    Q_UNREACHABLE();
}

QLabel *StarEditor::stats(StarPart part) const
{
    switch (part) {
    case StarPart::Situation:
        return m_ui->situationStats;
    case StarPart::Task:
        return m_ui->taskStats;
    case StarPart::Action:
        return m_ui->actionStats;
    case StarPart::Result:
        return m_ui->resultStats;
    }
    Q_UNREACHABLE();
}

void StarEditor::retranslate()
{
    if (!m_ui)
        return;
    m_ui->tagsEdit->setPlaceholderText(tr("for example: ownership, trade-offs"));
    m_ui->titleEdit->setPlaceholderText(
        tr("A short name you will recognise, e.g. \"The double-charge outage\""));
    m_ui->checksLabel->setText(
        StarChecks::supports(m_language)
            ? tr("Hints check the text as %1.")
                  .arg(m_language == QLatin1String("de") ? tr("German") : tr("English"))
            : tr("Hints are switched off: they know English and German only."));
    updateFigures();
}

void StarEditor::setWordsPerMinute(int wordsPerMinute)
{
    m_paceMeasured = wordsPerMinute > 0;
    m_wordsPerMinute = m_paceMeasured ? wordsPerMinute : kDefaultWordsPerMinute;
    updateFigures();
}

void StarEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void StarEditor::setQuestion(const Question *question)
{
    if (Status flushed = flush(); !flushed)
        QMessageBox::warning(this, tr("Story not saved"),
                             tr("The last changes to the story \"%1\" could not be saved: %2")
                                 .arg(StoryListModel::displayTitle(*m_story), flushed.error()));
    m_question = question ? std::optional<Question>(*question) : std::nullopt;
    m_story.reset();
    m_sessionStart.reset();
    reloadStories(0);
}

// Competencies are free text: offering those already used keeps "debugging" from leaving "debugging under
// pressure" uncovered. Read when the stories change, not on each save, so a half-typed tag is not offered.
void StarEditor::refreshCompetencies()
{
    if (!m_competencies)
        return;
    const auto used = m_stories.tags();
    m_competencies->setCompetencies(StoryText::knownCompetencies(used ? used.value() : QStringList()));
}

void StarEditor::reloadStories(qint64 select)
{
    refreshCompetencies();
    QList<Story> linked;
    if (m_question) {
        auto found = m_stories.forQuestion(m_question->id);
        if (found)
            linked = found.value();
        else
            setStatus(found.error());
    }
    m_storyModel->setStories(linked, {});
    const qint64 id = select ? select : (linked.isEmpty() ? 0 : linked.first().id);
    if (id && (!m_story || m_story->id != id))
        openStory(id);
    else if (!id)
        showStory();
    if (m_ui)
        m_ui->storyCombo->setCurrentIndex(m_storyModel->rowOfStory(id));
}

void StarEditor::openStory(qint64 id)
{
    if (m_story && m_story->id == id)
        return;
    static_cast<void>(endSession()); // a failure is shown in the status line
    auto story = m_stories.story(id);
    if (!story) {
        setStatus(story.error());
        return;
    }
    m_story = story.value();
    m_sessionStart = m_story;
    showStory();
    if (m_ui)
        m_ui->storyCombo->setCurrentIndex(m_storyModel->rowOfStory(id));
}

void StarEditor::showStory()
{
    m_loading = true;
    const bool has = m_story.has_value();
    if (has)
        setStatus(tr("Saved"));
    if (m_ui) {
        m_ui->draftPane->setVisible(has);
        m_ui->emptyLabel->setVisible(!has && m_question);
        m_ui->storyCombo->setEnabled(m_storyModel->rowCount() > 0);
        m_ui->newStoryButton->setEnabled(m_question.has_value());
        m_ui->linkStoryButton->setEnabled(m_question.has_value());
        if (has) {
            m_ui->titleEdit->setText(m_story->title);
            m_ui->tagsEdit->setText(m_story->tags.join(QStringLiteral(", ")));
            for (const StarPart part : kStarParts)
                edit(part)->setPlainText(m_story->draft.part(part));
        }
    }
    if (m_practise) {
        if (has)
            m_practise->setStory(*m_story);
        else
            m_practise->hide();
    }
    m_loading = false;
    m_dirty = false;
    updateFigures();
}

void StarEditor::onEdited()
{
    if (m_loading || !m_story)
        return;
    QElapsedTimer timer;
    timer.start();
    m_story->title = m_ui->titleEdit->text();
    m_story->tags = splitTags(m_ui->tagsEdit->text());
    for (const StarPart part : kStarParts)
        m_story->draft.part(part) = edit(part)->toPlainText();
    m_dirty = true;
    setStatus(tr("Editing…"));
    m_autosave.start();
    updateFigures();
    qCDebug(lcStarEditor) << "figures updated in" << timer.nsecsElapsed() / 1000 << "us for"
                          << m_story->draft.size() << "characters";
    Q_EMIT draftChanged(*m_story);
}

void StarEditor::updateFigures()
{
    if (!m_story) {
        m_hints.clear();
        return;
    }
    m_hints = StarChecks::supports(m_language)
                  ? StarChecks::check(m_story->draft, StarChecks::currentWords(m_language))
                  : QList<StarHint>();
    if (!m_ui)
        return;
    const StarFigures figures = measureStarDraft(m_story->draft, m_wordsPerMinute);
    for (size_t i = 0; i < kStarParts.size(); ++i)
        stats(kStarParts[i])
            ->setText(tr("%1 words · about %2 · %3% (guide %4%)")
                          .arg(figures.words[i])
                          .arg(minutesAndSeconds(spokenSeconds(figures.words[i], m_wordsPerMinute)))
                          .arg(qRound(figures.shares[i] * 100))
                          .arg(qRound(kStarGuideShares[i] * 100)));
    m_shareBar->setShares(figures.shares);
    const int target = m_question ? m_question->targetSeconds : 90;
    m_ui->totalLabel->setText(
        (m_paceMeasured ? tr("At your usual pace of overall %1 words a minute: about %2 of the target %3.")
                        : tr("Spoken at overall %1 words a minute: about %2 of the target %3."))
            .arg(m_wordsPerMinute)
            .arg(minutesAndSeconds(figures.totalSeconds), minutesAndSeconds(target)));
    QString html;
    for (const StarHint &hint : m_hints)
        html += QStringLiteral("<li>") + hint.message.toHtmlEscaped() + QStringLiteral("</li>");
    m_ui->hintsLabel->setText(html.isEmpty() ? QString()
                                             : QStringLiteral("<ul style=\"margin:0\">") + html +
                                                   QStringLiteral("</ul>"));
    m_ui->hintsLabel->setVisible(!html.isEmpty());
}

Status StarEditor::saveNow()
{
    m_autosave.stop();
    if (!m_story || !m_dirty)
        return Status::success();
    if (Status saved = m_stories.save(*m_story); !saved) {
        setStatus(tr("Not saved: %1").arg(saved.error()));
        return saved;
    }
    m_dirty = false;
    setStatus(tr("Saved"));
    const int row = m_storyModel->rowOfStory(m_story->id);
    if (row >= 0 && m_storyModel->index(row, 0).data().toString() != StoryListModel::displayTitle(*m_story))
        reloadStories(m_story->id);
    Q_EMIT storiesChanged();
    return Status::success();
}

Status StarEditor::keepRevisionIfNew(const Story &story)
{
    const auto existing = m_stories.revisions(story.id);
    if (existing && !existing->isEmpty() && existing->first().draft == story.draft &&
        existing->first().title == story.title)
        return Status::success();
    if (auto kept = m_stories.addRevision(story); !kept) {
        setStatus(kept.error());
        return Status::failure(kept.error());
    }
    return Status::success();
}

Status StarEditor::endSession()
{
    if (Status saved = saveNow(); !saved)
        return saved;
    if (m_story && m_sessionStart &&
        (m_story->draft != m_sessionStart->draft || m_story->title != m_sessionStart->title)) {
        if (Status kept = keepRevisionIfNew(*m_story); !kept)
            return kept;
    }
    m_sessionStart = m_story;
    return Status::success();
}

Status StarEditor::flush()
{
    return endSession();
}

void StarEditor::forgetStories(const QList<qint64> &ids)
{
    if (m_story && ids.contains(m_story->id)) {
        m_autosave.stop();
        m_dirty = false;
        m_story.reset();
        m_sessionStart.reset();
    }
    reloadStories(0);
}

void StarEditor::newStory()
{
    if (!m_question)
        return;
    static_cast<void>(endSession()); // a failure is shown in the status line
    auto created = m_stories.create(QString(), m_question->id);
    if (!created) {
        setStatus(created.error());
        return;
    }
    m_story.reset();
    reloadStories(created->id);
    // Typing goes to the new story's title at once (Space must not reach the window's record shortcut).
    buildForm();
    m_ui->titleEdit->setFocus(Qt::OtherFocusReason);
    Q_EMIT storiesChanged();
}

void StarEditor::linkExistingStory()
{
    if (!m_question)
        return;
    auto all = m_stories.all();
    if (!all) {
        setStatus(all.error());
        return;
    }
    if (all->isEmpty()) {
        QMessageBox::information(this, tr("Link a story"),
                                 tr("There are no stories yet. Start one with New Story."));
        return;
    }
    LinkStoryDialog dialog(all.value(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenStoryId() == 0)
        return;
    const qint64 storyId = dialog.chosenStoryId();
    if (Status linked = m_stories.link(storyId, m_question->id); !linked) {
        setStatus(linked.error());
        return;
    }
    reloadStories(storyId);
    Q_EMIT storiesChanged();
}

void StarEditor::showRevisions()
{
    if (!m_story)
        return;
    static_cast<void>(saveNow()); // a failure is shown in the status line
    auto revisions = m_stories.revisions(m_story->id);
    if (!revisions) {
        setStatus(revisions.error());
        return;
    }
    RevisionsDialog dialog(revisions.value(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.chosen())
        restore(*dialog.chosen());
}

void StarEditor::restore(const StoryRevision &revision)
{
    // The text being replaced is kept as a revision first, so restoring it again undoes the restore.
    if (!endSession() || !keepRevisionIfNew(*m_story))
        return;
    m_story->draft = revision.draft;
    m_story->title = revision.title;
    m_sessionStart = m_story;
    showStory();
    m_dirty = true;
    static_cast<void>(saveNow()); // a failure is shown in the status line
    Q_EMIT draftChanged(*m_story);
}

void StarEditor::showPractiseView()
{
    if (!m_story)
        return;
    if (!m_practise) {
        m_practise = new PractiseView(window());
        connect(this, &StarEditor::draftChanged, m_practise, &PractiseView::setStory);
    }
    m_practise->setStory(*m_story);
    m_practise->show();
    m_practise->raise();
}

} // namespace coach
