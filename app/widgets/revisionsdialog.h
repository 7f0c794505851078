// Lists the revisions of a story with a preview of each, and returns the one to restore.
#pragma once

#include "core/story.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace coach {

namespace Ui {
class RevisionsDialog;
}

class RevisionListModel;

class RevisionsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RevisionsDialog(const QList<StoryRevision> &revisions, QWidget *parent = nullptr);
    ~RevisionsDialog() override;
    std::optional<StoryRevision> chosen() const;
    Q_INVOKABLE void choose(int row);

private:
    void preview();

    std::unique_ptr<Ui::RevisionsDialog> m_ui;
    RevisionListModel *m_model;
};

} // namespace coach
