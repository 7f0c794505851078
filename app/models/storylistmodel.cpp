#include "models/storylistmodel.h"

namespace coach {

StoryListModel::StoryListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString StoryListModel::displayTitle(const Story &story)
{
    return story.title.trimmed().isEmpty() ? tr("Untitled story") : story.title;
}

void StoryListModel::setStories(const QList<Story> &stories, const QHash<qint64, QStringList> &questionTexts)
{
    beginResetModel();
    m_stories = stories;
    m_questionTexts = questionTexts;
    endResetModel();
}

const Story *StoryListModel::story(const QModelIndex &index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    return &m_stories.at(index.row());
}

int StoryListModel::rowOfStory(qint64 id) const
{
    for (qsizetype row = 0; row < m_stories.size(); ++row) {
        if (m_stories.at(row).id == id)
            return static_cast<int>(row);
    }
    return -1;
}

int StoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_stories.size());
}

int StoryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoryListModel::data(const QModelIndex &index, int role) const
{
    const Story *s = story(index);
    if (!s)
        return {};
    const QStringList questions = m_questionTexts.value(s->id);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TitleColumn:
            return displayTitle(*s);
        case TagsColumn:
            return s->tags.join(QStringLiteral(", "));
        case QuestionsColumn:
            return questions.isEmpty() ? tr("not linked") : questions.join(QStringLiteral("; "));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == QuestionsColumn ? questions.join(u'\n') : QVariant();
    case StoryIdRole:
        return s->id;
    case SearchTextRole:
        return QStringList{s->title,        s->tags.join(u' '), s->draft.situation,  s->draft.task,
                           s->draft.action, s->draft.result,    questions.join(u' ')}
            .join(u'\n');
    default:
        return {};
    }
}

QVariant StoryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Story");
    case TagsColumn:
        return tr("Competencies");
    case QuestionsColumn:
        return tr("Answers");
    default:
        return {};
    }
}

QHash<int, QByteArray> StoryListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(StoryIdRole, "storyId");
    names.insert(SearchTextRole, "searchText");
    return names;
}

} // namespace coach
