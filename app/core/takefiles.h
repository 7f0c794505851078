// How take files are named in the data folder's recordings/, so a take can be traced back after a crash.
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace coach {

struct TakeName
{
    QString questionId;
    QDateTime startedAt; // UTC
};

inline constexpr char kRecordingsDir[] = "recordings";
inline constexpr char kTrashDir[] = "trash"; // deleted takes, until they are purged
inline constexpr char kTakeSuffix[] = ".opus";
inline constexpr char kPartialSuffix[] = ".partial"; // appended while a take is being recorded

// "recordings/20261128T201500123Z_be-testing.opus", relative to the data folder.
QString takeRelativePath(const QString &questionId, const QDateTime &startedAt);
// Reads a name made by takeRelativePath (with or without folder and .partial); nullopt for anything else.
std::optional<TakeName> parseTakeFileName(const QString &fileName);

// The file a database row's audio_path names, as an absolute path, only when it is a relative path to a
// file directly in recordings/ or trash/ of dataDir: no absolute path, no "..", "." or empty component,
// and neither the folder nor the file a symbolic link (so nothing resolves out of the profile, whatever
// the link points at). Otherwise the error "audio outside the profile". The file need not exist.
Result<QString> profileAudioFile(const QString &dataDir, const QString &audioPath);
// The same message, for lists that show such a row.
QString audioOutsideProfileText();

} // namespace coach
