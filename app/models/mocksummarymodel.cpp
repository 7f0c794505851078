#include "models/mocksummarymodel.h"

#include "core/deliverytext.h"
#include "core/keypointtext.h"
#include "core/rubrictext.h"
#include "core/takefiles.h"
#include "models/historymodel.h"
#include "storage/attemptrepository.h"
#include "storage/keypointrepository.h"

#include <QDir>
#include <QLocale>

namespace coach {

MockSummaryModel::MockSummaryModel(AttemptRepository &attempts, QString dataDir, QObject *parent)
    : QAbstractTableModel(parent)
    , m_attempts(attempts)
    , m_dataDir(std::move(dataDir))
{}

void MockSummaryModel::setAnswers(const QList<QPair<Question, qint64>> &answers)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &[question, attemptId] : answers) {
        Row row{question, std::nullopt, std::nullopt, {}};
        if (attemptId > 0) {
            if (auto a = m_attempts.attempt(attemptId))
                row.attempt = a.value();
            row.figures = m_attempts.figures(attemptId);
        }
        m_rows.append(row);
    }
    readKeyPoints();
    endResetModel();
}

void MockSummaryModel::readKeyPoints()
{
    if (!m_keyPoints)
        return;
    QList<qint64> ids;
    for (const Row &row : std::as_const(m_rows))
        if (row.attempt)
            ids.append(row.attempt->id);
    const auto counts = m_keyPoints->counts(ids);
    for (Row &row : m_rows)
        row.keyPoints = counts && row.attempt ? counts->value(row.attempt->id) : KeyPointCount{};
}

void MockSummaryModel::refresh()
{
    for (Row &row : m_rows) {
        if (!row.attempt)
            continue;
        if (auto a = m_attempts.attempt(row.attempt->id))
            row.attempt = a.value();
        row.figures = m_attempts.figures(row.attempt->id);
    }
    readKeyPoints();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
}

const Attempt *MockSummaryModel::attempt(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).attempt)
        return nullptr;
    return &*m_rows.at(row).attempt;
}

const Question *MockSummaryModel::question(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).question : nullptr;
}

int MockSummaryModel::answeredCount() const
{
    return static_cast<int>(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.attempt.has_value(); }));
}

int MockSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MockSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MockSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == AttemptIdRole)
        return row.attempt ? row.attempt->id : 0;
    if (role == AudioPathRole) {
        // Empty for a row whose audio is outside the profile: nothing plays it.
        const auto file = row.attempt ? profileAudioFile(m_dataDir, row.attempt->audioPath)
                                      : Result<QString>::failure(QString());
        return file ? file.value() : QString();
    }
    if (role == Qt::ToolTipRole && index.column() == QuestionColumn)
        return row.question.text;
    if (role == Qt::TextAlignmentRole && index.column() != QuestionColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case QuestionColumn:
        return row.question.text;
    case LengthColumn:
        if (!row.attempt)
            return tr("not answered");
        return tr("%1 of %2")
            .arg(DeliveryText::clock(row.attempt->durationMs),
                 DeliveryText::clock(row.question.targetSeconds * 1000LL));
    case PaceColumn:
        if (!row.attempt)
            return QString();
        if (!row.figures)
            return tr("being analysed…");
        return row.figures->firstWordMs >= 0 ? DeliveryText::paceCell(row.figures->speakingRateWpm)
                                             : tr("no speech found");
    case PausesColumn:
        return row.figures ? QLocale().toString(row.figures->pauseCount2s) : QString();
    case RatingColumn:
        return row.attempt && row.attempt->rating > 0
                   ? tr("%1 %2").arg(row.attempt->rating).arg(HistoryModel::ratingName(row.attempt->rating))
                   : QString();
    case CoverageColumn:
        return row.attempt ? RubricText::shortCoverage(row.attempt->rubricCovered, row.attempt->rubricPoints)
                           : QString();
    case KeyPointsColumn:
        return KeyPointText::shortCount(row.keyPoints);
    }
    return {};
}

QVariant MockSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuestionColumn:
        return tr("Question");
    case LengthColumn:
        return tr("Length against the target");
    case PaceColumn:
        return tr("Pace (overall)");
    case PausesColumn:
        return tr("Pauses ≥ 2 s");
    case RatingColumn:
        return tr("Your rating");
    case CoverageColumn:
        return tr("Covered");
    case KeyPointsColumn:
        return tr("Key points");
    }
    return {};
}

} // namespace coach
