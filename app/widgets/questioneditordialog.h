// Adding or editing one of the person's own questions: only the text is required.
#pragma once

#include "core/question.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLineEdit;

namespace coach {

// The form, ui/questioneditordialog.ui: its class is coach::QuestionEditorDialog so that its texts keep this
// class's translation context, and it is held as uic's Ui_ class because a coach::Ui namespace would hide the
// global Ui of other forms.
class Ui_QuestionEditorDialog;

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

    std::unique_ptr<Ui_QuestionEditorDialog> m_ui;
    Question m_question;
};

} // namespace coach
