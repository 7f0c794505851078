#include "models/revisionlistmodel.h"

#include <QLocale>

namespace coach {

RevisionListModel::RevisionListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void RevisionListModel::setRevisions(const QList<StoryRevision> &revisions)
{
    beginResetModel();
    m_revisions = revisions;
    endResetModel();
}

const StoryRevision *RevisionListModel::revision(const QModelIndex &index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    return &m_revisions.at(index.row());
}

int RevisionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_revisions.size());
}

QVariant RevisionListModel::data(const QModelIndex &index, int role) const
{
    const StoryRevision *r = revision(index);
    if (!r)
        return {};
    const int words = measureStarDraft(r->draft).totalWords;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1  ·  %2 words")
            .arg(QLocale().toString(r->savedAt.toLocalTime(), QLocale::ShortFormat))
            .arg(words);
    case RevisionIdRole:
        return r->id;
    case SavedAtRole:
        return r->savedAt;
    case SizeRole:
        return words;
    default:
        return {};
    }
}

QHash<int, QByteArray> RevisionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RevisionIdRole, "revisionId");
    names.insert(SavedAtRole, "savedAt");
    names.insert(SizeRole, "size");
    return names;
}

} // namespace coach
