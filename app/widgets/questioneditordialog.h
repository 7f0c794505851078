// Adding or editing one of the person's own questions: only the text is required.
#pragma once

#include "core/question.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace coach {

class QuestionEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    // categories: the titles offered (any other title makes a new category).
    QuestionEditorDialog(const QList<Category> &categories, QWidget *parent = nullptr);

    void setQuestion(const Question &question, const QString &categoryTitle);
    // The question as filled in (id and bank as given to setQuestion).
    Question question() const;
    QString categoryTitle() const;

    QLineEdit *textEdit() const { return m_text; }
    QComboBox *categoryCombo() const { return m_category; }

private:
    void validate();

    Question m_question;
    QLineEdit *m_text;
    QComboBox *m_category;
    QLineEdit *m_tags;
    QPlainTextEdit *m_why;
    QPlainTextEdit *m_tips;
    QPlainTextEdit *m_sample;
    QCheckBox *m_star;
    QSpinBox *m_target;
    QLabel *m_problem;
};

} // namespace coach
