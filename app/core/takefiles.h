// How take files are named in the data folder's recordings/, so a take can be traced back after a crash.
#pragma once

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
inline constexpr char kTakeSuffix[] = ".opus";
inline constexpr char kPartialSuffix[] = ".partial"; // appended while a take is being recorded

// "recordings/20261128T201500123Z_be-testing.opus", relative to the data folder.
QString takeRelativePath(const QString &questionId, const QDateTime &startedAt);
// Reads a name made by takeRelativePath (with or without folder and .partial); nullopt for anything else.
std::optional<TakeName> parseTakeFileName(const QString &fileName);

} // namespace coach
