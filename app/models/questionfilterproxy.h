// Filters the question tree by search text, category, review state and bank; categories with no match
// disappear.
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace coach {

class QuestionFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit QuestionFilterProxy(QObject *parent = nullptr);

    // Every word of the text must appear in the question or its tags, in any case.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    // An empty id shows every category.
    void setCategoryId(const QString &categoryId);
    QString categoryId() const { return m_categoryId; }
    // Only questions of these banks, and always the person's own; an empty list shows every bank.
    void setBankIds(const QStringList &bankIds);
    QStringList bankIds() const { return m_bankIds; }
    enum class Show { All, Due, NeverPractised };
    Q_ENUM(Show)
    void setShow(Show show);
    Show show() const { return m_show; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText;
    QStringList m_searchWords;
    QString m_categoryId;
    QStringList m_bankIds;
    Show m_show = Show::All;
};

} // namespace coach
