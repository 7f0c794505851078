// The left pane: the roles chosen, search box, bank, category and review filters, and the grouped list of
// questions.
#pragma once

#include "core/question.h"
#include "core/rolechoice.h"
#include "storage/questionrepository.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace coach {

class QuestionFilterProxy;
class QuestionTreeModel;
class RoleChooser;
class Settings;

class QuestionBrowser final : public QWidget
{
    Q_OBJECT

public:
    // The chosen roles are kept in settings; language is the interface's, whose banks are offered first.
    QuestionBrowser(QuestionTreeModel &model, Settings &settings, const QString &language,
                    QWidget *parent = nullptr);

    // The stored banks: bundled ones are the roles to choose from; imported ones are always listed, like the
    // person's own questions. Before a choice is made, the role chooser shows over the list.
    void setBanks(const QList<QuestionRepository::BankInfo> &banks);
    // Opens the role chooser (again), with the roles shown now ticked.
    void chooseRoles();
    bool isChoosingRoles() const;
    // The banks whose questions are listed under "All my roles": the chosen roles and imported banks.
    QStringList myBankIds() const;
    // Clears the filter by one bank.
    void showAllMyRoles();

    // The search field's clear button. Its icon comes from the icon theme, whose first lookup costs about a
    // fifth of the start-up's work, so the main window asks for it once it has painted.
    void enableClearButton();

    // Reflects the categories of the model in the category filter; call after the model is filled.
    void refreshCategories();
    bool selectQuestion(const QString &id);
    // The first question the list shows (with its filters); false when it shows none.
    bool selectFirstQuestion();
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
    void onRolesChosen(const QStringList &bankIds);
    void refreshBankFilter();
    void applyBankFilter();
    QModelIndex firstVisibleQuestion() const;

    QuestionTreeModel &m_model;
    RoleChoice m_roles;
    QString m_language;
    QList<RoleBank> m_roleBanks;  // bundled banks, those of the interface's language first
    QList<RoleBank> m_otherBanks; // imported banks
    QuestionFilterProxy *m_proxy;
    RoleChooser *m_roleChooser = nullptr; // built when the roles are first offered
    QComboBox *m_bankCombo;
    QLineEdit *m_searchEdit;
    QComboBox *m_categoryCombo;
    QComboBox *m_showCombo;
    QTreeView *m_tree;
    QLabel *m_noMatchLabel;
};

} // namespace coach
