// Importing a question bank (JSON or a Markdown list): what it will add and what is already there, shown
// before anything changes; then applied in one transaction.
#pragma once

#include "core/question.h"

#include <QDialog>

#include <memory>

class QStringListModel;

namespace coach {

namespace Ui {
class ImportQuestionsDialog;
}

class QuestionRepository;

class ImportQuestionsDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportQuestionsDialog(QuestionRepository &questions, const QString &path, QWidget *parent = nullptr);
    ~ImportQuestionsDialog() override;

    // Why the file cannot be imported (nothing was changed); empty when it can.
    QString error() const { return m_error; }
    int newCount() const { return static_cast<int>(m_added.size()); }
    int existingCount() const { return m_existing; }
    // Stores the new questions; returns how many, or -1 with error() set.
    int apply();

private:
    std::unique_ptr<Ui::ImportQuestionsDialog> m_ui;
    QuestionRepository &m_questions;
    QuestionBank m_bank;
    QList<Question> m_added;
    int m_existing = 0;
    QString m_error;
    QStringListModel *m_model;
};

} // namespace coach
