// Adding or editing one of the person's own questions: only the text is required.
#pragma once

#include "core/question.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLineEdit;

namespace coach {

namespace Ui {
class QuestionEditorDialog;
}

class QuestionEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    // categories: the titles offered (any other title makes a new category).
    QuestionEditorDialog(const QList<Category> &categories, QWidget *parent = nullptr);
    ~QuestionEditorDialog() override;

    void setQuestion(const Question &question, const QString &categoryTitle);
    // The question as filled in (id and bank as given to setQuestion).
    Question question() const;
    QString categoryTitle() const;

    QLineEdit *textEdit() const;
    QComboBox *categoryCombo() const;

private:
    void validate();

    std::unique_ptr<Ui::QuestionEditorDialog> m_ui;
    Question m_question;
};

} // namespace coach
