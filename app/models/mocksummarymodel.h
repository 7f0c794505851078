// The summary of a mock interview: each question asked, its answer's length against the target, the
// delivery figures once they exist, and the person's rating.
#pragma once

#include "core/attempt.h"
#include "core/keypoint.h"
#include "core/question.h"
#include "core/speechanalysis.h"

#include <QAbstractTableModel>

#include <optional>

namespace coach {

class AttemptRepository;
class KeyPointRepository;

class MockSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        QuestionColumn,
        LengthColumn,
        PaceColumn,
        PausesColumn,
        RatingColumn,
        CoverageColumn,
        KeyPointsColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { AttemptIdRole = Qt::UserRole + 1, AudioPathRole };

    MockSummaryModel(AttemptRepository &attempts, QString dataDir, QObject *parent = nullptr);
    // Where how many key points each take was heard to cover is read; none: the column stays empty.
    void setKeyPoints(const KeyPointRepository *keyPoints) { m_keyPoints = keyPoints; }

    // One row per question asked; attemptId 0 when it was not answered.
    void setAnswers(const QList<QPair<Question, qint64>> &answers);
    // Reads ratings and figures again (after a rating, or when the analysis finished).
    void refresh();
    const Attempt *attempt(int row) const;
    const Question *question(int row) const;
    int answeredCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Question question;
        std::optional<Attempt> attempt;
        std::optional<DeliveryFigures> figures;
        KeyPointCount keyPoints;
    };
    void readKeyPoints();

    AttemptRepository &m_attempts;
    const KeyPointRepository *m_keyPoints = nullptr;
    QString m_dataDir;
    QList<Row> m_rows;
};

} // namespace coach
