#include "models/rolelistmodel.h"

namespace coach {

RoleListModel::RoleListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void RoleListModel::setBanks(const QList<RoleBank> &banks, const QStringList &checkedIds)
{
    beginResetModel();
    m_banks = banks;
    m_checked = QSet<QString>(checkedIds.begin(), checkedIds.end());
    endResetModel();
}

QStringList RoleListModel::checkedIds() const
{
    QStringList ids;
    for (const RoleBank &bank : m_banks) {
        if (m_checked.contains(bank.id))
            ids << bank.id;
    }
    return ids;
}

bool RoleListModel::isValidRow(const QModelIndex &index) const
{
    return index.isValid() &&
           checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid);
}

int RoleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_banks.size());
}

QVariant RoleListModel::data(const QModelIndex &index, int role) const
{
    if (!isValidRow(index))
        return {};
    const RoleBank &bank = m_banks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1 (%2 questions)").arg(bank.title).arg(bank.questionCount);
    case Qt::CheckStateRole:
        return m_checked.contains(bank.id) ? Qt::Checked : Qt::Unchecked;
    case BankIdRole:
        return bank.id;
    case LanguageRole:
        return bank.language;
    case QuestionCountRole:
        return bank.questionCount;
    default:
        return {};
    }
}

bool RoleListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isValidRow(index) || role != Qt::CheckStateRole)
        return false;
    const QString &id = m_banks.at(index.row()).id;
    if (value.value<Qt::CheckState>() == Qt::Checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags RoleListModel::flags(const QModelIndex &index) const
{
    if (!isValidRow(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> RoleListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(BankIdRole, "bankId");
    names.insert(LanguageRole, "language");
    names.insert(QuestionCountRole, "questionCount");
    return names;
}

} // namespace coach
