// The story bank: every story with its competencies and the questions it answers, what is not covered yet,
// and Markdown export.
#pragma once

#include "core/result.h"

#include <QDialog>

#include <memory>

class QSortFilterProxyModel;
class QStringListModel;

namespace coach {

namespace Ui {
class StoriesDialog;
}

class QuestionRepository;
class StoryListModel;
class StoryRepository;

class StoriesDialog final : public QDialog
{
    Q_OBJECT

public:
    StoriesDialog(StoryRepository &stories, QuestionRepository &questions, QWidget *parent = nullptr);
    ~StoriesDialog() override;

    // Reads the stories again (after the editor changed them).
    void refresh();
    // Writes the given stories (all when empty) as one Markdown file, atomically.
    Status exportMarkdown(const QString &path, const QList<qint64> &storyIds = {}) const;
    QStringList uncoveredQuestions() const;
    QStringList uncoveredCompetencies() const;

    // The title and competency columns show their longest entry up to this many average characters, and
    // this many at least.
    static constexpr int kMostColumnChars = 48;
    static constexpr int kFewestColumnChars = 12;

Q_SIGNALS:
    void storiesRemoved(const QList<qint64> &ids);

private:
    void exportChosen(bool all);
    void deleteSelected();
    QList<qint64> selectedIds() const;
    void fitColumns();

    std::unique_ptr<Ui::StoriesDialog> m_ui;
    StoryRepository &m_stories;
    QuestionRepository &m_questions;
    StoryListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStringListModel *m_uncoveredQuestions;
    QStringListModel *m_uncoveredCompetencies;
};

} // namespace coach
