// The attempts of one question, newest first.
#pragma once

#include "core/attempt.h"

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
    const Attempt *attempt(const QModelIndex &index) const;
    QModelIndex indexOfAttempt(qint64 id) const;

    static QString formatDuration(qint64 ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        Attempt attempt;
        AudioState audio = AudioState::Present;
        QString file; // absolute, empty when outside the profile
    };
    AttemptRepository &m_attempts;
    QString m_dataDir;
    QString m_questionId;
    QList<Row> m_rows;
};

} // namespace coach
