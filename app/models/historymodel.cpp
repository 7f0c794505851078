#include "models/historymodel.h"

#include "core/deliverytext.h"
#include "core/keypointtext.h"
#include "core/rubrictext.h"
#include "core/takefiles.h"
#include "models/questiontreemodel.h"

#include <QDir>
#include <QLocale>

namespace coach {

namespace {

constexpr HistorySort kColumnSort[] = {
    HistorySort::Date,     HistorySort::Question,  HistorySort::Category,   HistorySort::Length,
    HistorySort::Rating,   HistorySort::Pace,      HistorySort::LongPauses, HistorySort::LongestPause,
    HistorySort::Coverage, HistorySort::KeyPoints, HistorySort::Date};

} // namespace

HistoryModel::HistoryModel(HistoryQuery &query, QString dataDir, QObject *parent)
    : QAbstractTableModel(parent)
    , m_query(query)
    , m_dataDir(std::move(dataDir))
{}

QString HistoryModel::ratingName(int rating)
{
    switch (rating) {
    case 1:
        return tr("Again");
    case 2:
        return tr("Hard");
    case 3:
        return tr("Good");
    case 4:
        return tr("Easy");
    default:
        return {};
    }
}

QString HistoryModel::reload()
{
    auto total = m_query.count(m_filter);
    auto first = total ? m_query.page(m_filter, m_sort, m_order, 0, kPageSize)
                       : Result<QList<HistoryRow>>::failure(total.error());
    // Views (and model checkers) may ask for more from their handlers of the model's own signals; while a
    // change is being announced they get nothing, and the rest on their next request.
    m_changing = true;
    beginResetModel();
    m_rows = first ? first.value() : QList<HistoryRow>{};
    m_total = total ? total.value() : 0;
    m_error = first ? QString() : first.error();
    endResetModel();
    m_changing = false;
    Q_EMIT totalCountChanged(m_total);
    return m_error;
}

QString HistoryModel::setFilter(const HistoryFilter &filter)
{
    m_filter = filter;
    return reload();
}

const HistoryRow *HistoryModel::row(const QModelIndex &index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    return &m_rows.at(index.row());
}

QModelIndex HistoryModel::indexOfAttempt(qint64 id) const
{
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).attempt.id == id)
            return index(static_cast<int>(r), 0);
    }
    return {};
}

void HistoryModel::refreshAttempt(qint64 id)
{
    const QModelIndex at = indexOfAttempt(id);
    if (!at.isValid())
        return;
    auto fresh = m_query.row(id);
    if (!fresh)
        return;
    m_rows[at.row()] = fresh.value();
    Q_EMIT dataChanged(index(at.row(), 0), index(at.row(), ColumnCount - 1));
}

void HistoryModel::removeAttempt(qint64 id)
{
    const QModelIndex at = indexOfAttempt(id);
    if (!at.isValid())
        return;
    m_changing = true;
    --m_total;
    beginRemoveRows({}, at.row(), at.row());
    m_rows.removeAt(at.row());
    endRemoveRows();
    m_changing = false;
    Q_EMIT totalCountChanged(m_total);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_rows.size() < m_total;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto more = m_query.page(m_filter, m_sort, m_order, static_cast<int>(m_rows.size()), kPageSize);
    if (!more || more->isEmpty()) {
        // Attempts can vanish under the model (deleted elsewhere): stop asking rather than loop.
        m_error = more ? QString() : more.error();
        m_total = static_cast<int>(m_rows.size());
        Q_EMIT totalCountChanged(m_total);
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    m_changing = true;
    beginInsertRows({}, first, first + static_cast<int>(more->size()) - 1);
    m_rows.append(more.value());
    endInsertRows();
    m_changing = false;
}

void HistoryModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sort = kColumnSort[column];
    m_order = order;
    reload();
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    const HistoryRow *r = row(index);
    if (!r)
        return {};
    const Attempt &a = r->attempt;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(a.startedAt.toLocalTime(), QLocale::ShortFormat);
        case QuestionColumn:
            return r->questionText;
        case CategoryColumn:
            return QuestionTreeModel::displayTitle({r->categoryId, r->categoryTitle});
        case LengthColumn:
            return DeliveryText::clock(a.durationMs);
        case RatingColumn:
            return a.rating > 0 ? tr("%1 %2").arg(a.rating).arg(ratingName(a.rating)) : QString();
        case PaceColumn:
            return r->analysed && r->paceWpm > 0 ? DeliveryText::paceCell(r->paceWpm) : QString();
        case LongPausesColumn:
            return r->analysed ? QLocale().toString(r->longPauses) : QString();
        case LongestPauseColumn:
            return r->analysed ? tr("%1 s").arg(QLocale().toString(r->longestPauseMs / 1000.0, 'f', 1))
                               : QString();
        case CoverageColumn:
            return RubricText::shortCoverage(a.rubricCovered, a.rubricPoints);
        case KeyPointsColumn:
            return KeyPointText::shortCount(r->keyPoints);
        case NotesColumn:
            if (a.status == Attempt::Status::Recovered)
                return QString(tr("(recovered after an interruption)") + u' ' + a.notes.simplified())
                    .trimmed();
            return a.notes.simplified();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == QuestionColumn)
            return r->questionText;
        if (index.column() == NotesColumn)
            return a.notes;
        if (index.column() == CoverageColumn)
            return RubricText::coverage(a.rubricCovered, a.rubricPoints);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= LengthColumn && index.column() <= KeyPointsColumn &&
            index.column() != RatingColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return a.id;
    case QuestionIdRole:
        return a.questionId;
    case AudioPathRole: {
        // Empty for a row whose audio is outside the profile: nothing plays it.
        const auto file = profileAudioFile(m_dataDir, a.audioPath);
        return file ? file.value() : QString();
    }
    case RatingRole:
        return a.rating;
    case DurationMsRole:
        return a.durationMs;
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case QuestionColumn:
        return tr("Question");
    case CategoryColumn:
        return tr("Category");
    case LengthColumn:
        return tr("Length");
    case RatingColumn:
        return tr("Rating");
    case PaceColumn:
        return tr("Pace (overall)");
    case LongPausesColumn:
        return tr("Pauses ≥ 2 s");
    case LongestPauseColumn:
        return tr("Longest pause");
    case CoverageColumn:
        return tr("Covered");
    case KeyPointsColumn:
        return tr("Key points");
    case NotesColumn:
        return tr("Notes");
    }
    return {};
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(QuestionIdRole, "questionId");
    names.insert(AudioPathRole, "audioPath");
    names.insert(RatingRole, "rating");
    names.insert(DurationMsRole, "durationMs");
    return names;
}

} // namespace coach
