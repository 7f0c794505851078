#include "widgets/storiesdialog.h"

#include "core/story.h"
#include "models/storylistmodel.h"
#include "storage/questionrepository.h"
#include "storage/storyrepository.h"

#include "ui_storiesdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringListModel>

#include <algorithm>

namespace coach {

StoriesDialog::StoriesDialog(StoryRepository &stories, QuestionRepository &questions, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StoriesDialog>())
    , m_stories(stories)
    , m_questions(questions)
    , m_model(new StoryListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_uncoveredQuestions(new QStringListModel(this))
    , m_uncoveredCompetencies(new QStringListModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(StoryListModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(StoryListModel::TitleColumn);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->storyTable->setModel(m_proxy);
    m_ui->storyTable->setSortingEnabled(true);
    m_ui->storyTable->sortByColumn(StoryListModel::TitleColumn, Qt::AscendingOrder);
    m_ui->uncoveredQuestions->setModel(m_uncoveredQuestions);
    m_ui->uncoveredCompetencies->setModel(m_uncoveredCompetencies);
    QPushButton *exportOne = m_ui->buttons->addButton(tr("&Export Selected…"), QDialogButtonBox::ActionRole);
    QPushButton *exportAll = m_ui->buttons->addButton(tr("Export &All…"), QDialogButtonBox::ActionRole);
    QPushButton *remove = m_ui->buttons->addButton(tr("&Delete Story…"), QDialogButtonBox::DestructiveRole);

    connect(m_ui->storySearch, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(exportOne, &QPushButton::clicked, this, [this] { exportChosen(false); });
    connect(exportAll, &QPushButton::clicked, this, [this] { exportChosen(true); });
    connect(remove, &QPushButton::clicked, this, &StoriesDialog::deleteSelected);
    // Wide enough for the titles, competencies and questions side by side, within the screen.
    const QRect available = screen()->availableGeometry();
    resize(std::min(1200, available.width() * 9 / 10), std::min(640, available.height() * 85 / 100));
    refresh();
}

StoriesDialog::~StoriesDialog() = default;

void StoriesDialog::refresh()
{
    auto stories = m_stories.all();
    auto questions = m_questions.questions();
    if (!stories || !questions) {
        m_ui->storyMessage->setText(!stories ? stories.error() : questions.error());
        return;
    }
    QHash<QString, QString> questionText;
    for (const Question &q : questions.value())
        questionText.insert(q.id, q.text);
    QHash<qint64, QStringList> texts;
    QSet<QString> answered;
    QSet<QString> covered;
    for (const Story &s : stories.value()) {
        const auto linked = m_stories.linkedQuestions(s.id);
        for (const QString &id : linked ? linked.value() : QStringList()) {
            texts[s.id] << questionText.value(id, id);
            answered.insert(id);
        }
        for (const QString &tag : s.tags)
            covered.insert(tag.toLower());
    }
    m_model->setStories(stories.value(), texts);
    fitColumns();

    QStringList open;
    for (const Question &q : questions.value()) {
        if (q.star && !answered.contains(q.id))
            open << q.text;
    }
    m_uncoveredQuestions->setStringList(open);
    QStringList missing;
    for (const QString &competency : StoryText::competencies()) {
        if (!covered.contains(competency.toLower()))
            missing << competency;
    }
    m_uncoveredCompetencies->setStringList(missing);
}

// Title and competencies as wide as their longest entry, so neither is cut, up to a cap that leaves the
// questions room (they take the rest, and show in full as a tooltip).
void StoriesDialog::fitColumns()
{
    QHeaderView *header = m_ui->storyTable->horizontalHeader();
    const int character = m_ui->storyTable->fontMetrics().averageCharWidth();
    for (const int column : {StoryListModel::TitleColumn, StoryListModel::TagsColumn}) {
        m_ui->storyTable->resizeColumnToContents(column); // the widest entry, or the header
        header->resizeSection(column, std::clamp(header->sectionSize(column), kFewestColumnChars * character,
                                                 kMostColumnChars * character));
    }
}

QStringList StoriesDialog::uncoveredQuestions() const
{
    return m_uncoveredQuestions->stringList();
}

QStringList StoriesDialog::uncoveredCompetencies() const
{
    return m_uncoveredCompetencies->stringList();
}

QList<qint64> StoriesDialog::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_ui->storyTable->selectionModel()->selectedRows())
        ids << index.data(StoryListModel::StoryIdRole).toLongLong();
    return ids;
}

Status StoriesDialog::exportMarkdown(const QString &path, const QList<qint64> &storyIds) const
{
    QString markdown;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Story *s = m_model->story(m_model->index(row, 0));
        if (!storyIds.isEmpty() && !storyIds.contains(s->id))
            continue;
        if (!markdown.isEmpty())
            markdown += QStringLiteral("\n---\n\n");
        markdown += StoryText::toMarkdown(*s, m_model->questionTexts(s->id));
    }
    // QSaveFile: the file appears whole or not at all.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(markdown.toUtf8()) < 0 ||
        !file.commit())
        return Status::failure(tr("The stories cannot be written to %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return Status::success();
}

void StoriesDialog::exportChosen(bool all)
{
    const QList<qint64> ids = all ? QList<qint64>() : selectedIds();
    if (!all && ids.isEmpty()) {
        m_ui->storyMessage->setText(tr("Select one or more stories to export."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Stories"), tr("stories.md"),
                                                      tr("Markdown (*.md);;All files (*)"));
    if (path.isEmpty())
        return;
    const Status written = exportMarkdown(path, ids);
    m_ui->storyMessage->setText(written ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path))
                                        : written.error());
}

void StoriesDialog::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (QMessageBox::question(
            this, tr("Delete Story"),
            tr("Delete %1 selected story or stories with their revisions? The questions stay.")
                .arg(ids.size())) != QMessageBox::Yes)
        return;
    QList<qint64> removedIds;
    for (const qint64 id : ids) {
        if (Status removed = m_stories.remove(id); !removed)
            m_ui->storyMessage->setText(removed.error());
        else
            removedIds << id;
    }
    refresh();
    if (!removedIds.isEmpty())
        Q_EMIT storiesRemoved(removedIds);
}

} // namespace coach
