#include "models/attemptlistmodel.h"

#include "core/deliverytext.h"
#include "core/keypointtext.h"
#include "core/takefiles.h"
#include "models/historymodel.h"
#include "storage/attemptrepository.h"

#include <QDir>
#include <QFile>
#include <QLocale>

namespace coach {

namespace {

// Notes are one line in the panel's field, but an import or an older version may have left more.
QString firstLineOfNotes(const QString &notes)
{
    return notes.trimmed().section(u'\n', 0, 0).trimmed();
}

} // namespace

AttemptListModel::AttemptListModel(AttemptRepository &attempts, QString dataDir, QObject *parent)
    : QAbstractListModel(parent)
    , m_attempts(attempts)
    , m_dataDir(std::move(dataDir))
{}

QString AttemptListModel::formatDuration(qint64 ms)
{
    return DeliveryText::clock(ms);
}

QString AttemptListModel::bestMarker()
{
    return QStringLiteral("\u2605"); // a black star
}

QString AttemptListModel::notesMarker()
{
    return QStringLiteral("\u270e"); // a pencil
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
                Row row{a, AudioState::Outside, {}, {}, {}};
                if (file) {
                    row.audio = QFile::exists(file.value()) ? AudioState::Present : AudioState::Missing;
                    row.file = file.value();
                }
                readFigures(row);
                rows.append(row);
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

void AttemptListModel::showBest(qint64 attemptId, bool best)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Attempt &a = m_rows[i].attempt;
        const bool now = best && a.id == attemptId;
        if (a.best != now) {
            a.best = now;
            Q_EMIT dataChanged(index(static_cast<int>(i)), index(static_cast<int>(i)));
        }
    }
}

// The pace as History's pace column shows it (one label for a take wherever it appears).
void AttemptListModel::readFigures(Row &row) const
{
    const auto figures = m_attempts.figures(row.attempt.id);
    const bool paced = figures && figures->firstWordMs >= 0 && figures->speakingRateWpm > 0;
    row.pace = paced ? DeliveryText::paceCell(figures->speakingRateWpm) : QString();
    row.paceInFull = paced ? DeliveryText::pace(*figures) : QString();
}

void AttemptListModel::refreshFigures()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const QString before = row.pace;
        readFigures(row);
        if (row.pace != before)
            Q_EMIT dataChanged(index(static_cast<int>(i)), index(static_cast<int>(i)));
    }
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
        return displayText(row, false);
    case Qt::AccessibleTextRole:
        return displayText(row, true);
    case Qt::ToolTipRole:
        return toolTip(row);
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
    case RatingRole:
        return a.rating;
    case PaceRole:
        return row.pace;
    case NotesRole:
        return firstLineOfNotes(a.notes);
    case BestRole:
        return a.best;
    default:
        return {};
    }
}

// "★ 03/11/2026 09:30  ·  1:05  ·  Good  ·  100 (slow) ✎"; spoken: the markers in words.
void AttemptListModel::setKeyPointCounts(const QHash<qint64, KeyPointCount> &counts)
{
    if (counts == m_keyPointCounts)
        return;
    m_keyPointCounts = counts;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1), {Qt::DisplayRole});
}

QString AttemptListModel::displayText(const Row &row, bool spoken) const
{
    const Attempt &a = row.attempt;
    QStringList parts{QLocale().toString(a.startedAt.toLocalTime(), QLocale::ShortFormat),
                      formatDuration(a.durationMs)};
    if (a.rating > 0)
        parts << HistoryModel::ratingName(a.rating);
    if (!row.pace.isEmpty())
        parts << row.pace;
    if (const KeyPointCount count = m_keyPointCounts.value(a.id); count.total > 0)
        parts << tr("key points %1").arg(KeyPointText::shortCount(count));
    // A take's further figures join here, each one more part.
    if (spoken && a.best)
        parts.prepend(tr("best take"));
    if (spoken && !a.notes.trimmed().isEmpty())
        parts << tr("with notes");
    QString text = parts.constFirst();
    for (qsizetype i = 1; i < parts.size(); ++i)
        text = tr("%1  ·  %2").arg(text, parts.at(i));
    if (!spoken && a.best)
        text = bestMarker() + u' ' + text;
    if (!spoken && !a.notes.trimmed().isEmpty())
        text += u' ' + notesMarker();
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

// The notes' first line first (what the note marker stands for), then the pace in full and the file.
QString AttemptListModel::toolTip(const Row &row) const
{
    QStringList lines;
    if (const QString notes = firstLineOfNotes(row.attempt.notes); !notes.isEmpty())
        lines << tr("Notes: %1").arg(notes);
    if (row.attempt.best)
        lines << tr("Your best take of this question");
    if (!row.paceInFull.isEmpty())
        lines << row.paceInFull;
    lines << (row.audio == AudioState::Outside ? audioOutsideProfileText()
                                               : QDir::toNativeSeparators(row.file));
    return lines.join(u'\n');
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
    names.insert(RatingRole, "rating");
    names.insert(PaceRole, "pace");
    names.insert(NotesRole, "notes");
    names.insert(BestRole, "best");
    return names;
}

} // namespace coach
