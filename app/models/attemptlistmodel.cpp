#include "models/attemptlistmodel.h"

#include "core/deliverytext.h"
#include "core/takefiles.h"
#include "storage/attemptrepository.h"

#include <QDir>
#include <QFile>
#include <QLocale>

namespace coach {

AttemptListModel::AttemptListModel(AttemptRepository &attempts, QString dataDir, QObject *parent)
    : QAbstractListModel(parent)
    , m_attempts(attempts)
    , m_dataDir(std::move(dataDir))
{}

QString AttemptListModel::formatDuration(qint64 ms)
{
    return DeliveryText::clock(ms);
}

QString AttemptListModel::setQuestionId(const QString &questionId)
{
    m_questionId = questionId;
    return reload();
}

QString AttemptListModel::reload()
{
    QList<Row> rows;
    QString error;
    if (!m_questionId.isEmpty()) {
        auto attempts = m_attempts.forQuestion(m_questionId);
        if (attempts) {
            for (const Attempt &a : attempts.value()) {
                // A row naming a file outside the profile is shown as such and never handed to the player.
                const auto file = profileAudioFile(m_dataDir, a.audioPath);
                if (!file)
                    rows.append({a, AudioState::Outside, QString()});
                else
                    rows.append({a, QFile::exists(file.value()) ? AudioState::Present : AudioState::Missing,
                                 file.value()});
            }
        } else {
            error = attempts.error();
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return error;
}

void AttemptListModel::markDamaged(qint64 attemptId)
{
    const QModelIndex index = indexOfAttempt(attemptId);
    if (!index.isValid())
        return;
    m_rows[index.row()].audio = AudioState::Damaged;
    Q_EMIT dataChanged(index, index);
}

const Attempt *AttemptListModel::attempt(const QModelIndex &index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    return &m_rows.at(index.row()).attempt;
}

QModelIndex AttemptListModel::indexOfAttempt(qint64 id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).attempt.id == id)
            return index(static_cast<int>(row));
    }
    return {};
}

int AttemptListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant AttemptListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Attempt &a = row.attempt;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QString text = tr("%1  ·  %2")
                           .arg(QLocale().toString(a.startedAt.toLocalTime(), QLocale::ShortFormat),
                                formatDuration(a.durationMs));
        if (a.status == Attempt::Status::Recovered)
            text += u' ' + tr("(recovered after an interruption)");
        if (row.audio == AudioState::Missing)
            text += u' ' + tr("(audio file missing)");
        else if (row.audio == AudioState::Damaged)
            text += u' ' + tr("(audio file damaged)");
        else if (row.audio == AudioState::Outside)
            text += QStringLiteral(" (%1)").arg(audioOutsideProfileText());
        return text;
    }
    case Qt::ToolTipRole:
        return row.audio == AudioState::Outside ? audioOutsideProfileText()
                                                : QDir::toNativeSeparators(row.file);
    case IdRole:
        return a.id;
    case StartedAtRole:
        return a.startedAt;
    case DurationMsRole:
        return a.durationMs;
    case AudioPathRole:
        return row.file;
    case RecoveredRole:
        return a.status == Attempt::Status::Recovered;
    case AudioStateRole:
        return QVariant::fromValue(row.audio);
    default:
        return {};
    }
}

QHash<int, QByteArray> AttemptListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(StartedAtRole, "startedAt");
    names.insert(DurationMsRole, "durationMs");
    names.insert(AudioPathRole, "audioPath");
    names.insert(RecoveredRole, "recovered");
    names.insert(AudioStateRole, "audioState");
    return names;
}

} // namespace coach
