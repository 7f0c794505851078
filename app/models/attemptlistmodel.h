// The attempts of one question, newest first: each take's date, length, rating, pace, notes and whether it is
// the person's best.
#pragma once

#include "core/attempt.h"
#include "core/keypoint.h"

#include <QAbstractListModel>

namespace coach {

class AttemptRepository;

class AttemptListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        StartedAtRole,  // QDateTime, UTC
        DurationMsRole, // qint64
        AudioPathRole,  // absolute; empty when the row's audio is outside the profile
        RecoveredRole,  // bool
        AudioStateRole, // AudioState
        RatingRole,     // int, 1 (Again) to 4 (Easy); 0 when not rated
        PaceRole,       // QString, the pace label of History's pace column; empty until analysed
        NotesRole,      // QString, the first line of the take's notes; empty when it has none
        BestRole,       // bool, the person's best take of the question
    };
    Q_ENUM(Role)
    enum class AudioState { Present, Missing, Damaged, Outside };
    Q_ENUM(AudioState)

    AttemptListModel(AttemptRepository &attempts, QString dataDir, QObject *parent = nullptr);

    // Shows the attempts of a question; returns an error message, empty on success.
    QString setQuestionId(const QString &questionId);
    QString reload();
    QString questionId() const { return m_questionId; }
    // Marks an attempt whose audio turned out not to decode.
    void markDamaged(qint64 attemptId);
    // Shows the best take as stored (false: no take of the question is the best), without a reset, so a take
    // being played goes on playing.
    void showBest(qint64 attemptId, bool best);
    // Reads the takes' delivery figures again (after some were computed), keeping the rows.
    void refreshFigures();
    // How many key points each take that was listened to had heard (by attempt id), shown after the pace;
    // the rows stay.
    void setKeyPointCounts(const QHash<qint64, KeyPointCount> &counts);
    const Attempt *attempt(const QModelIndex &index) const;
    QModelIndex indexOfAttempt(qint64 id) const;

    static QString formatDuration(qint64 ms);
    // What marks the best take and a take with notes in the list.
    static QString bestMarker();
    static QString notesMarker();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        Attempt attempt;
        AudioState audio = AudioState::Present;
        QString file;       // absolute, empty when outside the profile
        QString pace;       // as History shows it; empty until analysed
        QString paceInFull; // both figures, for the tooltip
    };
    void readFigures(Row &row) const;
    QString displayText(const Row &row, bool spoken) const;
    QString toolTip(const Row &row) const;
    AttemptRepository &m_attempts;
    QString m_dataDir;
    QString m_questionId;
    QList<Row> m_rows;
    QHash<qint64, KeyPointCount> m_keyPointCounts;
};

} // namespace coach
