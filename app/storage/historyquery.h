// The history of attempts across questions: counted, filtered, sorted and read a page at a time, so a
// history of any length opens at once.
#pragma once

#include "core/attempt.h"
#include "core/keypoint.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace coach {

class Database;

struct HistoryFilter
{
    QString questionId;         // empty: every question
    QString categoryId;         // empty: every category
    int rating = -1;            // -1: any; 0: not rated; 1 to 4: that rating
    QDateTime from;             // UTC, inclusive; invalid: no lower bound
    QDateTime until;            // UTC, exclusive; invalid: no upper bound
    bool recoveredOnly = false; // only takes recovered after an interruption (their file had no row)

    bool operator==(const HistoryFilter &) const = default;
};

enum class HistorySort {
    Date,
    Question,
    Category,
    Length,
    Rating,
    Pace,
    LongPauses,
    LongestPause,
    Coverage,
    KeyPoints
};

struct HistoryRow
{
    Attempt attempt;
    QString questionText;
    QString categoryId;
    QString categoryTitle;
    bool analysed = false; // the figures below exist
    double paceWpm = 0;    // the overall pace
    int longPauses = 0;
    qint64 longestPauseMs = 0;
    KeyPointCount keyPoints; // total 0: not listened to
};

class HistoryQuery final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryQuery)

public:
    explicit HistoryQuery(Database &database);

    Result<int> count(const HistoryFilter &filter) const;
    Result<QList<HistoryRow>> page(const HistoryFilter &filter, HistorySort sort, Qt::SortOrder order,
                                   int offset, int limit) const;
    Result<HistoryRow> row(qint64 attemptId) const;

private:
    Database &m_database;
};

} // namespace coach
