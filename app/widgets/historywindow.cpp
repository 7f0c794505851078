#include "widgets/historywindow.h"

#include "models/historymodel.h"
#include "models/questiontreemodel.h"
#include "storage/attemptrepository.h"
#include "storage/attempttrash.h"
#include "widgets/comparedialog.h"
#include "widgets/playbackbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace coach {

// The History window's width where the screen allows.
constexpr int kHistoryWidth = 1240;

HistoryWindow::HistoryWindow(HistoryQuery &query, AttemptRepository &attempts, AttemptTrash &trash,
                             Player &player, QString dataDir, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(new HistoryModel(query, dataDir, this))
    , m_attempts(attempts)
    , m_trash(trash)
    , m_player(player)
    , m_dataDir(std::move(dataDir))
    , m_questionCombo(new QComboBox(this))
    , m_categoryCombo(new QComboBox(this))
    , m_ratingCombo(new QComboBox(this))
    , m_recoveredCheck(new QCheckBox(this))
    , m_fromCheck(new QCheckBox(this))
    , m_fromEdit(new QDateEdit(this))
    , m_untilCheck(new QCheckBox(this))
    , m_untilEdit(new QDateEdit(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_playback(new PlaybackBar(player, this))
    , m_compareButton(new QPushButton(this))
    , m_deleteButton(new QPushButton(this))
    , m_undoButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("historyWindow"));
    setUpFilters();
    setUpTable();
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_playback->setObjectName(QStringLiteral("historyPlayback"));
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_undoButton->setObjectName(QStringLiteral("undoDeleteButton"));

    layOut();
    connectWidgets();
    // Keys: 1 to 4 rate, Delete deletes, Ctrl+Z undoes, Space plays, Escape stops or closes.
    addShortcuts();

    retranslate();
    // Wide enough that the question keeps room beside ten columns of figures (in German too), within the
    // screen.
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    const int available = screen ? screen->availableGeometry().width() : kHistoryWidth;
    resize(std::min(kHistoryWidth, available * 95 / 100), 640);
}

void HistoryWindow::setUpFilters()
{
    m_questionCombo->setObjectName(QStringLiteral("historyQuestionFilter"));
    m_questionCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_questionCombo->setMinimumContentsLength(24);
    m_categoryCombo->setObjectName(QStringLiteral("historyCategoryFilter"));
    m_ratingCombo->setObjectName(QStringLiteral("historyRatingFilter"));
    for (int r = -1; r <= 4; ++r)
        m_ratingCombo->addItem(QString(), r);
    m_recoveredCheck->setObjectName(QStringLiteral("historyRecoveredCheck"));
    m_fromCheck->setObjectName(QStringLiteral("historyFromCheck"));
    m_untilCheck->setObjectName(QStringLiteral("historyUntilCheck"));
    const QDate today = m_attempts.clock().today();
    for (QDateEdit *edit : {m_fromEdit, m_untilEdit}) {
        edit->setCalendarPopup(true);
        // Never narrower than the date it shows: a long filter row squeezes the combo boxes instead.
        edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        edit->setEnabled(false);
        edit->setDate(today);
    }
    m_fromEdit->setDate(today.addMonths(-1));
    m_fromEdit->setObjectName(QStringLiteral("historyFrom"));
    m_untilEdit->setObjectName(QStringLiteral("historyUntil"));
}

void HistoryWindow::setUpTable()
{
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HistoryModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Columns sized for their content, so dates and figures are never cut; the question takes the room left,
    // so the columns fit the window in every language.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(HistoryModel::QuestionColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    const QFontMetrics fm = m_table->fontMetrics();
    const QString sampleDate =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59)), QLocale::ShortFormat);
    m_table->setColumnWidth(HistoryModel::DateColumn, fm.horizontalAdvance(sampleDate) + 24);
    m_table->setColumnWidth(HistoryModel::CategoryColumn, 130);
    m_table->setColumnWidth(HistoryModel::NotesColumn, 120);
    for (int c : {HistoryModel::LengthColumn, HistoryModel::PaceColumn, HistoryModel::LongPausesColumn,
                  HistoryModel::LongestPauseColumn, HistoryModel::RatingColumn, HistoryModel::CoverageColumn,
                  HistoryModel::KeyPointsColumn})
        m_table->setColumnWidth(c,
                                fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 24);
}

void HistoryWindow::layOut()
{
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_questionCombo, 3);
    filters->addWidget(m_categoryCombo, 2);
    filters->addWidget(m_ratingCombo, 1);
    filters->addWidget(m_recoveredCheck);
    filters->addWidget(m_fromCheck);
    filters->addWidget(m_fromEdit);
    filters->addWidget(m_untilCheck);
    filters->addWidget(m_untilEdit);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(m_compareButton);
    actions->addWidget(m_deleteButton);
    actions->addWidget(m_undoButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_playback);
}

void HistoryWindow::connectWidgets()
{
    for (QComboBox *combo : {m_questionCombo, m_categoryCombo, m_ratingCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &HistoryWindow::applyFilter);
    connect(m_recoveredCheck, &QCheckBox::toggled, this, &HistoryWindow::applyFilter);
    for (QCheckBox *check : {m_fromCheck, m_untilCheck})
        connect(check, &QCheckBox::toggled, this, [this] {
            m_fromEdit->setEnabled(m_fromCheck->isChecked());
            m_untilEdit->setEnabled(m_untilCheck->isChecked());
            applyFilter();
        });
    for (QDateEdit *edit : {m_fromEdit, m_untilEdit})
        connect(edit, &QDateEdit::dateChanged, this, &HistoryWindow::applyFilter);
    connect(m_model, &HistoryModel::totalCountChanged, this, &HistoryWindow::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryWindow::onSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryWindow::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryWindow::onSelectionChanged);
    connect(m_table, &QTableView::activated, m_playback, &PlaybackBar::togglePlayback);
    connect(m_compareButton, &QPushButton::clicked, this, &HistoryWindow::compareSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteSelected(); });
    connect(m_undoButton, &QPushButton::clicked, this, &HistoryWindow::undoDelete);
}

void HistoryWindow::addShortcuts()
{
    for (int r = 1; r <= 4; ++r) {
        auto *rate = new QShortcut(QKeySequence(Qt::Key_0 + r), this);
        connect(rate, &QShortcut::activated, this, [this, r] { rateSelected(r); });
    }
    auto *del = new QShortcut(QKeySequence::Delete, this);
    connect(del, &QShortcut::activated, this, [this] { deleteSelected(); });
    auto *undo = new QShortcut(QKeySequence::Undo, this);
    connect(undo, &QShortcut::activated, this, &HistoryWindow::undoDelete);
    auto *play = new QShortcut(QKeySequence(Qt::Key_Space), this);
    connect(play, &QShortcut::activated, m_playback, &PlaybackBar::togglePlayback);
    // Escape stops what plays; with nothing playing it closes the window.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_playback->isPlaying())
            m_playback->stop();
        else
            close();
    });
}

HistoryWindow::~HistoryWindow() = default;

void HistoryWindow::retranslate()
{
    setWindowTitle(tr("History of Attempts"));
    m_questionCombo->setAccessibleName(tr("Question"));
    if (m_questionCombo->count() > 0)
        m_questionCombo->setItemText(0, tr("All questions"));
    m_categoryCombo->setAccessibleName(tr("Category"));
    if (m_categoryCombo->count() > 0)
        m_categoryCombo->setItemText(0, tr("All categories"));
    m_ratingCombo->setAccessibleName(tr("Rating"));
    m_ratingCombo->setItemText(0, tr("Any rating"));
    m_ratingCombo->setItemText(1, tr("Not rated"));
    for (int r = 1; r <= 4; ++r)
        m_ratingCombo->setItemText(r + 1, tr("%1 %2").arg(r).arg(HistoryModel::ratingName(r)));
    m_recoveredCheck->setText(tr("Recovered"));
    m_recoveredCheck->setToolTip(
        tr("Only takes recovered after an interruption: recordings found without their attempt, kept as "
           "attempts marked \"recovered\""));
    m_fromCheck->setText(tr("From"));
    m_untilCheck->setText(tr("Until"));
    m_fromEdit->setAccessibleName(tr("From date"));
    m_untilEdit->setAccessibleName(tr("Until date"));
    m_table->setAccessibleName(tr("Attempts"));
    m_compareButton->setText(tr("Compare"));
    m_compareButton->setToolTip(tr("Select two attempts of one question to compare them side by side"));
    m_deleteButton->setText(tr("Delete…"));
    m_deleteButton->setToolTip(tr("Move the selected attempts to the trash (Delete)"));
    m_undoButton->setText(tr("Undo Delete"));
    m_undoButton->setToolTip(tr("Bring back the attempts deleted last (Ctrl+Z)"));
    m_playback->setPlaceholderText(tr("Choose an attempt to listen to it"));
    updateSummary();
    onSelectionChanged();
}

void HistoryWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HistoryWindow::setQuestions(const QList<Category> &categories, const QList<Question> &questions)
{
    {
        const QSignalBlocker a(m_questionCombo), b(m_categoryCombo);
        const QString question = m_questionCombo->currentData().toString();
        const QString category = m_categoryCombo->currentData().toString();
        m_questionCombo->clear();
        m_questionCombo->addItem(tr("All questions"), QString());
        for (const Question &q : questions)
            m_questionCombo->addItem(q.text, q.id);
        m_categoryCombo->clear();
        m_categoryCombo->addItem(tr("All categories"), QString());
        for (const Category &c : categories)
            m_categoryCombo->addItem(QuestionTreeModel::displayTitle(c), c.id);
        m_questionCombo->setCurrentIndex(std::max(0, m_questionCombo->findData(question)));
        m_categoryCombo->setCurrentIndex(std::max(0, m_categoryCombo->findData(category)));
    }
    applyFilter();
}

void HistoryWindow::showRecovered()
{
    {
        const QSignalBlocker a(m_questionCombo), b(m_categoryCombo), c(m_ratingCombo), d(m_recoveredCheck),
            e(m_fromCheck), f(m_untilCheck);
        m_questionCombo->setCurrentIndex(0);
        m_categoryCombo->setCurrentIndex(0);
        m_ratingCombo->setCurrentIndex(0);
        m_recoveredCheck->setChecked(true);
        m_fromCheck->setChecked(false);
        m_untilCheck->setChecked(false);
        m_fromEdit->setEnabled(false);
        m_untilEdit->setEnabled(false);
    }
    applyFilter();
}

void HistoryWindow::refresh()
{
    if (const QString error = m_model->reload(); !error.isEmpty())
        showMessage(error);
}

void HistoryWindow::applyFilter()
{
    HistoryFilter filter;
    filter.questionId = m_questionCombo->currentData().toString();
    filter.categoryId = m_categoryCombo->currentData().toString();
    filter.rating = m_ratingCombo->currentData().toInt();
    filter.recoveredOnly = m_recoveredCheck->isChecked();
    // Whole local days: from the start of the first to the end of the last.
    if (m_fromCheck->isChecked())
        filter.from = QDateTime(m_fromEdit->date(), QTime(0, 0)).toUTC();
    if (m_untilCheck->isChecked())
        filter.until = QDateTime(m_untilEdit->date().addDays(1), QTime(0, 0)).toUTC();
    m_message->hide();
    if (const QString error = m_model->setFilter(filter); !error.isEmpty())
        showMessage(error);
}

void HistoryWindow::updateSummary()
{
    const int total = m_model->totalCount();
    m_summary->setText(total == 1 ? tr("1 attempt") : tr("%1 attempts").arg(QLocale().toString(total)));
}

QList<const HistoryRow *> HistoryWindow::selectedRows() const
{
    QList<const HistoryRow *> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (const HistoryRow *row = m_model->row(index))
            rows.append(row);
    }
    return rows;
}

void HistoryWindow::onSelectionChanged()
{
    const QList<const HistoryRow *> rows = selectedRows();
    m_compareButton->setEnabled(rows.size() == 2 &&
                                rows[0]->attempt.questionId == rows[1]->attempt.questionId);
    m_deleteButton->setEnabled(!rows.isEmpty());
    m_undoButton->setEnabled(canUndo());
    const HistoryRow *current = m_model->row(m_table->currentIndex());
    if (!current) {
        m_playback->clear();
        return;
    }
    const QString path = m_table->currentIndex().data(HistoryModel::AudioPathRole).toString();
    if (path == m_playback->file())
        return;
    const bool exists = QFileInfo::exists(path);
    m_playback->setFile(path, exists);
    if (!exists)
        m_playback->showMessage(tr("The audio file of this attempt is missing."));
}

bool HistoryWindow::rateSelected(int rating)
{
    const HistoryRow *row = m_model->row(m_table->currentIndex());
    if (!row)
        return false;
    const qint64 id = row->attempt.id;
    const QString question = row->attempt.questionId;
    if (Status saved = m_attempts.setRating(id, row->attempt.rating == rating ? 0 : rating); !saved) {
        showMessage(saved.error());
        return false;
    }
    m_model->refreshAttempt(id);
    Q_EMIT attemptsChanged({question});
    return true;
}

bool HistoryWindow::deleteSelected(bool ask)
{
    const QList<const HistoryRow *> rows = selectedRows();
    if (rows.isEmpty())
        return false;
    if (ask && QMessageBox::question(
                   this, tr("Delete Attempts"),
                   rows.size() == 1
                       ? tr("Move this attempt and its recording to the trash?")
                       : tr("Move these %1 attempts and their recordings to the trash?").arg(rows.size()),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) != QMessageBox::Yes)
        return false;
    QList<qint64> ids;
    for (const HistoryRow *row : rows)
        ids.append(row->attempt.id);
    m_playback->clear();
    QList<qint64> deleted;
    QStringList questions;
    QStringList problems;
    for (qint64 id : ids) {
        auto moved = m_trash.moveToTrash(id);
        if (!moved) {
            problems << moved.error();
            continue;
        }
        deleted.append(id);
        if (!questions.contains(moved->questionId))
            questions.append(moved->questionId);
        m_model->removeAttempt(id);
    }
    if (!deleted.isEmpty())
        m_undo.append(deleted);
    m_message->hide();
    if (!problems.isEmpty())
        showMessage(problems.join(u'\n'));
    else
        showMessage(
            deleted.size() == 1
                ? tr("1 attempt moved to the trash. Undo with Ctrl+Z; the trash is emptied after %1 days.")
                      .arg(kTrashDays)
                : tr("%1 attempts moved to the trash. Undo with Ctrl+Z; the trash is emptied after %2 days.")
                      .arg(deleted.size())
                      .arg(kTrashDays));
    onSelectionChanged();
    if (!questions.isEmpty())
        Q_EMIT attemptsChanged(questions);
    return problems.isEmpty();
}

bool HistoryWindow::undoDelete()
{
    if (m_undo.isEmpty())
        return false;
    const QList<qint64> ids = m_undo.takeLast();
    QStringList questions;
    QStringList problems;
    QList<qint64> failed;
    for (qint64 id : ids) {
        if (Status restored = m_trash.restore(id); !restored) {
            problems << restored.error();
            failed.append(id);
            continue;
        }
        if (auto a = m_attempts.attempt(id); a && !questions.contains(a->questionId))
            questions.append(a->questionId);
    }
    if (!failed.isEmpty())
        m_undo.append(failed);
    refresh();
    m_message->hide();
    if (!problems.isEmpty())
        showMessage(problems.join(u'\n'));
    else
        showMessage(ids.size() == 1 ? tr("1 attempt restored.")
                                    : tr("%1 attempts restored.").arg(ids.size()));
    onSelectionChanged();
    if (!questions.isEmpty())
        Q_EMIT attemptsChanged(questions);
    return problems.isEmpty();
}

void HistoryWindow::compareSelected()
{
    const QList<const HistoryRow *> rows = selectedRows();
    if (rows.size() != 2 || rows[0]->attempt.questionId != rows[1]->attempt.questionId) {
        showMessage(tr("Select two attempts of the same question to compare them."));
        return;
    }
    m_playback->stop();
    auto *dialog = new CompareDialog(*rows[0], *rows[1], m_attempts, m_player, m_dataDir, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void HistoryWindow::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

} // namespace coach
