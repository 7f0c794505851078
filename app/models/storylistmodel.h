// Stories as a table: title, competency tags and the questions each one answers.
#pragma once

#include "core/story.h"

#include <QAbstractTableModel>
#include <QHash>

namespace coach {

class StoryListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, TagsColumn, QuestionsColumn, ColumnCount };
    enum Role {
        StoryIdRole = Qt::UserRole + 1,
        SearchTextRole, // title, tags, parts and question texts, for the search proxy
    };
    Q_ENUM(Role)

    explicit StoryListModel(QObject *parent = nullptr);

    // questionTexts: for each story id, the texts of the questions it is linked to.
    void setStories(const QList<Story> &stories, const QHash<qint64, QStringList> &questionTexts);
    const Story *story(const QModelIndex &index) const;
    int rowOfStory(qint64 id) const;
    QStringList questionTexts(qint64 id) const { return m_questionTexts.value(id); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString displayTitle(const Story &story);

private:
    QList<Story> m_stories;
    QHash<qint64, QStringList> m_questionTexts;
};

} // namespace coach
