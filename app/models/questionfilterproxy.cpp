#include "models/questionfilterproxy.h"

#include "models/questiontreemodel.h"

namespace coach {

QuestionFilterProxy::QuestionFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void QuestionFilterProxy::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_searchWords = text.simplified().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void QuestionFilterProxy::setCategoryId(const QString &categoryId)
{
    if (categoryId == m_categoryId)
        return;
    m_categoryId = categoryId;
    invalidateFilter();
}

void QuestionFilterProxy::setBankIds(const QStringList &bankIds)
{
    if (bankIds == m_bankIds)
        return;
    m_bankIds = bankIds;
    invalidateFilter();
}

void QuestionFilterProxy::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateFilter();
}

bool QuestionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // A category row is shown only through its matching questions (recursive filtering).
    if (index.data(QuestionTreeModel::KindRole).value<QuestionTreeModel::Kind>() ==
        QuestionTreeModel::Kind::Category)
        return false;
    if (!m_categoryId.isEmpty() && index.data(QuestionTreeModel::CategoryIdRole).toString() != m_categoryId)
        return false;
    if (!QuestionTreeModel::isInBanks(index.data(QuestionTreeModel::BankIdRole).toString(), m_bankIds))
        return false;
    if (m_show != Show::All) {
        const auto status =
            index.data(QuestionTreeModel::ReviewRole).value<QuestionTreeModel::ReviewStatus>();
        if ((m_show == Show::Due) != (status == QuestionTreeModel::ReviewStatus::Due) ||
            (m_show == Show::NeverPractised) != (status == QuestionTreeModel::ReviewStatus::NeverPractised))
            return false;
    }
    const QString haystack = index.data(QuestionTreeModel::SearchTextRole).toString();
    for (const QString &word : m_searchWords) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace coach
