// The left pane: search box, category filter and the grouped list of questions.
#pragma once

#include "core/question.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace coach {

class QuestionFilterProxy;
class QuestionTreeModel;

class QuestionBrowser final : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionBrowser(QuestionTreeModel &model, QWidget *parent = nullptr);

    // The search field's clear button. Its icon comes from the icon theme, whose first lookup costs about a
    // fifth of the start-up's work, so the main window asks for it once it has painted.
    void enableClearButton();

    // Reflects the categories of the model in the category filter; call after the model is filled.
    void refreshCategories();
    bool selectQuestion(const QString &id);
    QString currentQuestionId() const;
    void focusSearch();
    void focusList();
    // Shows all questions, only those due for review, or only those never practised.
    void setShow(int show);
    // Refreshes the due and never-practised counts in the filter.
    void updateCounts();

Q_SIGNALS:
    // nullptr when nothing is selected
    void currentQuestionChanged(const coach::Question *question);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onFilterChanged();
    void onCurrentChanged(const QModelIndex &current);
    QModelIndex firstVisibleQuestion() const;

    QuestionTreeModel &m_model;
    QuestionFilterProxy *m_proxy;
    QLineEdit *m_searchEdit;
    QComboBox *m_categoryCombo;
    QComboBox *m_showCombo;
    QTreeView *m_tree;
    QLabel *m_noMatchLabel;
};

} // namespace coach
