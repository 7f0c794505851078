#include "widgets/storiesdialog.h"

#include "core/story.h"
#include "models/storylistmodel.h"
#include "storage/questionrepository.h"
#include "storage/storyrepository.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTableView>

namespace coach {

StoriesDialog::StoriesDialog(StoryRepository &stories, QuestionRepository &questions, QWidget *parent)
    : QDialog(parent)
    , m_stories(stories)
    , m_questions(questions)
    , m_model(new StoryListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_uncoveredQuestions(new QStringListModel(this))
    , m_uncoveredCompetencies(new QStringListModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("storiesDialog"));
    setWindowTitle(tr("Story Bank"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(StoryListModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(StoryListModel::TitleColumn);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_search->setObjectName(QStringLiteral("storySearch"));
    m_search->setPlaceholderText(tr("Search stories, competencies and questions"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("storyTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StoryListModel::TitleColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_message->setWordWrap(true);

    auto *questionsView = new QListView(this);
    questionsView->setObjectName(QStringLiteral("uncoveredQuestions"));
    questionsView->setModel(m_uncoveredQuestions);
    questionsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *competenciesView = new QListView(this);
    competenciesView->setObjectName(QStringLiteral("uncoveredCompetencies"));
    competenciesView->setModel(m_uncoveredCompetencies);
    competenciesView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportOne = buttons->addButton(tr("&Export Selected…"), QDialogButtonBox::ActionRole);
    QPushButton *exportAll = buttons->addButton(tr("Export &All…"), QDialogButtonBox::ActionRole);
    QPushButton *remove = buttons->addButton(tr("&Delete Story…"), QDialogButtonBox::DestructiveRole);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_search, 0, 0, 1, 2);
    layout->addWidget(m_table, 1, 0, 4, 1);
    layout->addWidget(new QLabel(tr("Behavioural questions without a story:"), this), 1, 1);
    layout->addWidget(questionsView, 2, 1);
    layout->addWidget(new QLabel(tr("Competencies no story covers:"), this), 3, 1);
    layout->addWidget(competenciesView, 4, 1);
    layout->addWidget(m_message, 5, 0, 1, 2);
    layout->addWidget(buttons, 6, 0, 1, 2);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(exportOne, &QPushButton::clicked, this, [this] { exportChosen(false); });
    connect(exportAll, &QPushButton::clicked, this, [this] { exportChosen(true); });
    connect(remove, &QPushButton::clicked, this, &StoriesDialog::deleteSelected);
    resize(900, 520);
    refresh();
}

void StoriesDialog::refresh()
{
    auto stories = m_stories.all();
    auto questions = m_questions.questions();
    if (!stories || !questions) {
        m_message->setText(!stories ? stories.error() : questions.error());
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
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
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
        m_message->setText(tr("Select one or more stories to export."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Stories"), tr("stories.md"),
                                                      tr("Markdown (*.md);;All files (*)"));
    if (path.isEmpty())
        return;
    const Status written = exportMarkdown(path, ids);
    m_message->setText(written ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path)) : written.error());
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
            m_message->setText(removed.error());
        else
            removedIds << id;
    }
    refresh();
    if (!removedIds.isEmpty())
        Q_EMIT storiesRemoved(removedIds);
}

} // namespace coach
