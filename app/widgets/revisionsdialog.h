// Lists the revisions of a story with a preview of each, and returns the one to restore.
#pragma once

#include "core/story.h"

#include <QDialog>

#include <optional>

class QListView;
class QTextBrowser;

namespace coach {

class RevisionListModel;

class RevisionsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RevisionsDialog(const QList<StoryRevision> &revisions, QWidget *parent = nullptr);
    std::optional<StoryRevision> chosen() const;
    Q_INVOKABLE void choose(int row);

private:
    void preview();

    RevisionListModel *m_model;
    QListView *m_list;
    QTextBrowser *m_preview;
};

} // namespace coach
