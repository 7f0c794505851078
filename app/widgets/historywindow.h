// Every attempt across questions: a sortable table with filters, playback of the selected take, ratings
// with keys 1 to 4, comparing two attempts of one question, and deleting to the trash with undo.
#pragma once

#include "core/question.h"
#include "storage/historyquery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace coach {

class AttemptRepository;
class AttemptTrash;
class Player;
class HistoryModel;
class PlaybackBar;

class HistoryWindow final : public QWidget
{
    Q_OBJECT

public:
    HistoryWindow(HistoryQuery &query, AttemptRepository &attempts, AttemptTrash &trash, Player &player,
                  QString dataDir, QWidget *parent = nullptr);
    ~HistoryWindow() override;

    void setQuestions(const QList<Category> &categories, const QList<Question> &questions);
    // Reads the history again (after a new take or a change made elsewhere).
    void refresh();
    HistoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // Rates the selected attempt; 0 clears.
    bool rateSelected(int rating);
    // Moves the selected attempts to the trash; ask: confirm first.
    bool deleteSelected(bool ask = true);
    // Brings back what the last deletion took.
    bool undoDelete();
    bool canUndo() const { return !m_undo.isEmpty(); }
    // Opens the two selected attempts side by side.
    void compareSelected();
    // Lists only the takes recovered after an interruption (all of them: the other filters are cleared).
    void showRecovered();

Q_SIGNALS:
    // Attempts of these questions were rated, deleted or restored.
    void attemptsChanged(const QStringList &questionIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpFilters();
    void setUpTable();
    void layOut();
    void connectWidgets();
    void addShortcuts();
    void retranslate();
    void applyFilter();
    void onSelectionChanged();
    void updateSummary();
    QList<const HistoryRow *> selectedRows() const;
    void showMessage(const QString &text);

    HistoryModel *m_model;
    AttemptRepository &m_attempts;
    AttemptTrash &m_trash;
    Player &m_player;
    QString m_dataDir;
    QComboBox *m_questionCombo;
    QComboBox *m_categoryCombo;
    QComboBox *m_ratingCombo;
    QCheckBox *m_recoveredCheck;
    QCheckBox *m_fromCheck;
    QDateEdit *m_fromEdit;
    QCheckBox *m_untilCheck;
    QDateEdit *m_untilEdit;
    QTableView *m_table;
    QLabel *m_summary;
    QLabel *m_message;
    PlaybackBar *m_playback;
    QPushButton *m_compareButton;
    QPushButton *m_deleteButton;
    QPushButton *m_undoButton;
    QList<QList<qint64>> m_undo; // each deletion's attempts, the latest last
};

} // namespace coach
