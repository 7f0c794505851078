// A recorded practice answer to one question.
#pragma once

#include <QDateTime>
#include <QString>

namespace coach {

struct Attempt
{
    enum class Status { Complete, Recovered };

    qint64 id = 0;
    QString questionId;
    QDateTime startedAt; // UTC
    qint64 durationMs = 0;
    QString audioPath; // relative to the data folder
    Status status = Status::Complete;
    int rating = 0; // the person's own rating, 1 (Again) to 4 (Easy); 0 when not rated
    QString notes;
    qint64 mockSessionId = 0; // the mock interview it was recorded in; 0: none
    // The self-review: how many "what a strong answer shows" points the question listed when the person last
    // ticked them for this take (0: not reviewed), and how many of them they ticked.
    int rubricPoints = 0;
    int rubricCovered = 0;
    qint64 followUpOf = 0; // an answer to a follow-up: the attempt it followed; 0: none
    bool best = false;     // the person's best take of its question (at most one per question)
};

} // namespace coach
