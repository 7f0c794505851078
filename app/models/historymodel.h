// Every attempt across questions as a table, read from the database a page at a time as the view scrolls
// (canFetchMore/fetchMore), so a history of 100,000 attempts opens at once.
#pragma once

#include "storage/historyquery.h"

#include <QAbstractTableModel>

namespace coach {

class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        QuestionColumn,
        CategoryColumn,
        LengthColumn,
        RatingColumn,
        PaceColumn,
        LongPausesColumn,
        LongestPauseColumn,
        CoverageColumn,
        KeyPointsColumn, // heard of listened for
        NotesColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1,
        QuestionIdRole,
        AudioPathRole, // absolute; empty when the row's audio is outside the profile
        RatingRole,    // int, 0 when not rated
        DurationMsRole,
    };
    Q_ENUM(Role)
    static constexpr int kPageSize = 200;

    HistoryModel(HistoryQuery &query, QString dataDir, QObject *parent = nullptr);

    // Reads the first page again with the current filter and sort; returns an error message, empty on
    // success.
    QString reload();
    QString setFilter(const HistoryFilter &filter);
    HistoryFilter filter() const { return m_filter; }
    // Every attempt that matches the filter, loaded or not.
    int totalCount() const { return m_total; }
    const HistoryRow *row(const QModelIndex &index) const;
    QModelIndex indexOfAttempt(qint64 id) const;
    // Reads one row again (after its rating or notes changed).
    void refreshAttempt(qint64 id);
    // Drops a row that went to the trash, without reading the rest again.
    void removeAttempt(qint64 id);
    QString lastError() const { return m_error; }

    static QString ratingName(int rating);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void totalCountChanged(int total);

private:
    HistoryQuery &m_query;
    QString m_dataDir;
    HistoryFilter m_filter;
    HistorySort m_sort = HistorySort::Date;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QList<HistoryRow> m_rows;
    int m_total = 0;
    bool m_changing = false; // between a begin…() and its end…()
    QString m_error;
};

} // namespace coach
