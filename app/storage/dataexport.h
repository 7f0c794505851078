// Everything taken out to a folder: a Markdown file per question (its STAR stories and its attempts with
// date, length, rating, notes and figures, linking to copies of their audio), the question banks as JSON and
// a CSV of all attempts. Written into a temporary folder beside the target and moved into place at the end,
// so a cancelled or failed export leaves no partial folder behind.
#pragma once

#include "core/result.h"

#include <QCoreApplication>

#include <functional>

namespace coach {

class AttemptRepository;
class KeyPointRepository;
class QuestionRepository;
class StoryRepository;
struct Question;

struct ExportSummary
{
    int questions = 0;
    int attempts = 0;
    int audioFiles = 0;
    int missingAudio = 0; // attempts whose recording was not found (listed as such)
};

class DataExport final
{
    Q_DECLARE_TR_FUNCTIONS(DataExport)

public:
    // Called after each step with the steps done and the total; returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    DataExport(QuestionRepository &questions, AttemptRepository &attempts, StoryRepository &stories,
               QString dataDir);

    // Where the person's key points and what was heard of them in each take are read; none: left out.
    void setKeyPoints(const KeyPointRepository *keyPoints) { m_keyPoints = keyPoints; }

    // target must not exist yet. Cancelled by progress: the result is cancelled.
    Result<ExportSummary> run(const QString &target, const Progress &progress = {});

private:
    // The hidden folder beside the target that the export is written into.
    static Result<QString> createWorkFolder(const QString &target);
    // A question's Markdown file, with its stories and attempts; each attempt also becomes a row of `table`.
    Status exportQuestion(const Question &question, int number, const QString &work, QString &table,
                          ExportSummary &summary);

    QuestionRepository &m_questions;
    AttemptRepository &m_attempts;
    StoryRepository &m_stories;
    const KeyPointRepository *m_keyPoints = nullptr;
    QString m_dataDir;
};

} // namespace coach
