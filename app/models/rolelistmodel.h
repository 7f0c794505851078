// The bundled banks offered as roles, each with a check box: which ones the person practises for.
#pragma once

#include "core/rolechoice.h"

#include <QAbstractListModel>
#include <QSet>

namespace coach {

class RoleListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { BankIdRole = Qt::UserRole + 1, LanguageRole, QuestionCountRole };
    Q_ENUM(Role)

    explicit RoleListModel(QObject *parent = nullptr);
    // The banks in the order to list them; those in checkedIds start checked.
    void setBanks(const QList<RoleBank> &banks, const QStringList &checkedIds);
    // The checked banks' ids, in the listed order.
    QStringList checkedIds() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    bool isValidRow(const QModelIndex &index) const;

    QList<RoleBank> m_banks;
    QSet<QString> m_checked;
};

} // namespace coach
