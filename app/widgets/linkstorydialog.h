// Chooses an existing story to link to a question, with the chosen story's STAR text shown beside the list.
#pragma once

#include "core/story.h"

#include <QDialog>

#include <memory>

namespace coach {

namespace Ui {
class LinkStoryDialog;
}

class StoryListModel;

class LinkStoryDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LinkStoryDialog(const QList<Story> &stories, QWidget *parent = nullptr);
    ~LinkStoryDialog() override;

    // The story chosen; 0 when none is.
    qint64 chosenStoryId() const;
    void choose(int row);
    // The preview as plain text (for tests).
    QString previewText() const;

private:
    void preview();

    std::unique_ptr<Ui::LinkStoryDialog> m_ui;
    StoryListModel *m_model;
};

} // namespace coach
