// How an attempt row is read, shared by the queries that list attempts.
#pragma once

#include "core/attempt.h"

#include <QStringView>

class QSqlQuery;

namespace coach {

// The columns readAttempt() expects first, in this order, for "FROM attempts a".
inline constexpr char kAttemptColumns[] =
    "a.id, a.question_id, a.started_at, a.duration_ms, a.audio_path, a.status, a.rating, a.notes, "
    "a.mock_session_id, a.follow_up_of, a.rubric_points, "
    "CASE WHEN a.rubric_points IS NULL THEN 0 ELSE "
    "(SELECT count(*) FROM attempt_rubric r WHERE r.attempt_id = a.id) END, a.best";
inline constexpr int kAttemptColumnCount = 13;

Attempt readAttempt(const QSqlQuery &query);
// A stored UTC time as ms since the epoch, without building a QDateTime for the common form.
qint64 utcMs(QStringView text);

} // namespace coach
