// The revisions of one story, newest first: when each was kept and how long it was.
#pragma once

#include "core/story.h"

#include <QAbstractListModel>

namespace coach {

class RevisionListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { RevisionIdRole = Qt::UserRole + 1, SavedAtRole, SizeRole };
    Q_ENUM(Role)

    explicit RevisionListModel(QObject *parent = nullptr);
    void setRevisions(const QList<StoryRevision> &revisions);
    const StoryRevision *revision(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<StoryRevision> m_revisions;
};

} // namespace coach
