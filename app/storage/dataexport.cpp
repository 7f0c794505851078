#include "storage/dataexport.h"

#include "core/bankfiles.h"
#include "core/deliverytext.h"
#include "core/keypointtext.h"
#include "core/story.h"
#include "core/takefiles.h"
#include "storage/attemptrepository.h"
#include "storage/keypointrepository.h"
#include "storage/questionrepository.h"
#include "storage/storyrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>

namespace coach {

namespace {

// One CSV field: quoted when it holds a separator, a quote or a line break.
QString csv(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

bool writeText(const QString &path, const QString &text)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit();
}

const QString kTableHeader =
    QStringLiteral("attempt_id,question_id,question,started_at_utc,duration_ms,rating,"
                   "notes,speaking_ms,first_word_ms,pauses_05s,pauses_2s,"
                   "longest_pause_ms,speaking_rate_wpm,articulation_wpm,audio,rubric_covered,rubric_points,"
                   "best,key_points_heard,key_points_listened_for\n");

// A question's key points, under its title.
QString keyPointsMarkdown(const QList<KeyPoint> &points)
{
    if (points.isEmpty())
        return {};
    QString md = QStringLiteral("## ") + DataExport::tr("Key points") + QStringLiteral("\n\n");
    for (const KeyPoint &k : points) {
        md += QStringLiteral("- ") + k.phrase;
        if (!k.soundsLike.isEmpty())
            md += QStringLiteral(" (") + DataExport::tr("sounds like \"%1\"").arg(k.soundsLike) + u')';
        md += u'\n';
    }
    return md + u'\n';
}

// What listening to a take found, under its line.
QString keyPointResultsMarkdown(const QList<KeyPointResult> &results)
{
    if (results.isEmpty())
        return {};
    QString md = QStringLiteral("  - ") + KeyPointText::heard(results) + u'\n';
    if (const QString missed = KeyPointText::missed(results); !missed.isEmpty())
        md += QStringLiteral("  - ") + missed + u'\n';
    return md;
}

// The self-review of a take, under its line: the coverage, then each point ticked (by its text as the
// question lists it now; by its number should the list have become shorter).
QString rubricMarkdown(const Attempt &a, const QStringList &points, const QList<int> &ticked)
{
    if (a.rubricPoints <= 0)
        return {};
    QString md = QStringLiteral("  - ") +
                 DataExport::tr("Covered: %1 of %2").arg(a.rubricCovered).arg(a.rubricPoints) + u'\n';
    for (const int point : ticked) {
        const QString text =
            point < points.size() ? points.at(point).simplified() : DataExport::tr("point %1").arg(point + 1);
        md += QStringLiteral("    - ") + text + u'\n';
    }
    return md;
}

// An attempt's line in its question's Markdown file (with its figures, self-review and notes below it);
// `link` is empty when the recording was not found.
QString attemptMarkdown(const Attempt &a, const QString &link, const std::optional<DeliveryFigures> &figures,
                        const QString &rubric)
{
    QString md = QStringLiteral("- ") + a.startedAt.toUTC().toString(Qt::ISODate) + QStringLiteral(", ") +
                 DeliveryText::clock(a.durationMs);
    if (a.rating > 0)
        md += QStringLiteral(", ") + DataExport::tr("rated %1 of 4").arg(a.rating);
    if (a.best)
        md += QStringLiteral(", ") + DataExport::tr("best take");
    if (link.isEmpty())
        md += QStringLiteral(" (") + DataExport::tr("recording missing") + u')';
    else
        md += QStringLiteral(" ([") + DataExport::tr("recording") + QStringLiteral("](") + link +
              QStringLiteral("))");
    md += u'\n';
    if (figures)
        md += QStringLiteral("  - ") + DeliveryText::summary(*figures) + u'\n';
    md += rubric;
    if (!a.notes.isEmpty())
        md += QStringLiteral("  - ") + DataExport::tr("Notes: %1").arg(a.notes.simplified()) + u'\n';
    return md;
}

// An attempt's row of attempts.csv; `audio` is empty when the recording was not found.
QString attemptCsvRow(const Question &q, const Attempt &a, const std::optional<DeliveryFigures> &figures,
                      const QString &audio, const QList<KeyPointResult> &keyPoints)
{
    QStringList row{QString::number(a.id),
                    q.id,
                    q.text,
                    a.startedAt.toUTC().toString(Qt::ISODateWithMs),
                    QString::number(a.durationMs),
                    a.rating > 0 ? QString::number(a.rating) : QString(),
                    a.notes};
    if (figures)
        row << QString::number(figures->speakingMs) << QString::number(figures->firstWordMs)
            << QString::number(figures->pauseCount05s) << QString::number(figures->pauseCount2s)
            << QString::number(figures->longestPauseMs) << QString::number(figures->speakingRateWpm, 'f', 1)
            << QString::number(figures->articulationWpm, 'f', 1);
    else
        row << QString() << QString() << QString() << QString() << QString() << QString() << QString();
    row << audio;
    row << (a.rubricPoints > 0 ? QString::number(a.rubricCovered) : QString())
        << (a.rubricPoints > 0 ? QString::number(a.rubricPoints) : QString());
    row << (a.best ? QStringLiteral("1") : QString());
    const auto heard =
        std::count_if(keyPoints.begin(), keyPoints.end(), [](const KeyPointResult &r) { return r.heard; });
    row << (keyPoints.isEmpty() ? QString() : QString::number(heard))
        << (keyPoints.isEmpty() ? QString() : QString::number(keyPoints.size()));
    for (QString &field : row)
        field = csv(field);
    return row.join(u',') + u'\n';
}

} // namespace

DataExport::DataExport(QuestionRepository &questions, AttemptRepository &attempts, StoryRepository &stories,
                       QString dataDir)
    : m_questions(questions)
    , m_attempts(attempts)
    , m_stories(stories)
    , m_dataDir(std::move(dataDir))
{}

Result<QString> DataExport::createWorkFolder(const QString &target)
{
    using R = Result<QString>;
    const QFileInfo targetInfo(target);
    if (targetInfo.exists())
        return R::failure(
            tr("%1 already exists; choose a new folder name.").arg(QDir::toNativeSeparators(target)));
    const QString work = targetInfo.absolutePath() + QStringLiteral("/.") + targetInfo.fileName() +
                         QStringLiteral(".partial-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    QDir workDir(work);
    if (!QDir().mkpath(work) || !workDir.mkpath(QStringLiteral("questions")) ||
        !workDir.mkpath(QStringLiteral("audio")))
        return R::failure(
            tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(targetInfo.absolutePath())));
    return work;
}

Status DataExport::exportQuestion(const Question &q, int number, const QString &work, QString &table,
                                  ExportSummary &summary)
{
    const QDir workDir(work);
    const auto attempts = m_attempts.forQuestion(q.id);
    const auto stories = m_stories.forQuestion(q.id);
    if (!attempts || !stories)
        return Status::failure(!attempts ? attempts.error() : stories.error());
    QString md = QStringLiteral("# ") + q.text + QStringLiteral("\n\n");
    if (!stories->isEmpty()) {
        md += QStringLiteral("## ") + tr("STAR stories") + QStringLiteral("\n\n");
        for (const Story &s : stories.value())
            md += StoryText::toMarkdown(s, {q.text}) + u'\n';
    }
    if (m_keyPoints) {
        const auto points = m_keyPoints->forQuestion(q.id);
        if (!points)
            return Status::failure(points.error());
        md += keyPointsMarkdown(points.value());
    }
    md += QStringLiteral("## ") + tr("Attempts") + QStringLiteral("\n\n");
    if (attempts->isEmpty())
        md += tr("No attempts yet.") + QStringLiteral("\n");
    for (const Attempt &a : attempts.value()) {
        ++summary.attempts;
        // Only a recording of this profile is copied: a row pointing elsewhere counts as missing audio.
        const auto source = profileAudioFile(m_dataDir, a.audioPath);
        const QString audioName = QFileInfo(a.audioPath).fileName();
        QString link;
        if (source && QFile::copy(source.value(), workDir.filePath(QStringLiteral("audio/") + audioName))) {
            ++summary.audioFiles;
            link = QStringLiteral("../audio/") + audioName;
        } else {
            ++summary.missingAudio;
        }
        const auto figures = m_attempts.figures(a.id);
        const auto ticked = a.rubricPoints > 0 ? m_attempts.rubricTicks(a.id) : QList<int>();
        if (!ticked)
            return Status::failure(ticked.error());
        const auto heard = m_keyPoints ? m_keyPoints->results(a.id) : QList<KeyPointResult>();
        if (!heard)
            return Status::failure(heard.error());
        md += attemptMarkdown(a, link, figures,
                              rubricMarkdown(a, q.strongAnswerShows, ticked.value()) +
                                  keyPointResultsMarkdown(heard.value()));
        table += attemptCsvRow(
            q, a, figures, link.isEmpty() ? QString() : QStringLiteral("audio/") + audioName, heard.value());
    }
    const QString name = QStringLiteral("questions/%1-%2.md")
                             .arg(number, 3, 10, QLatin1Char('0'))
                             .arg(BankFiles::slug(q.text, 50));
    if (!writeText(workDir.filePath(name), md))
        return Status::failure(tr("The export cannot be written to %1.").arg(QDir::toNativeSeparators(work)));
    ++summary.questions;
    return Status::success();
}

Result<ExportSummary> DataExport::run(const QString &target, const Progress &progress)
{
    using R = Result<ExportSummary>;
    const auto created = createWorkFolder(target);
    if (!created)
        return R::failure(created.error());
    const QString work = created.value();
    const QDir workDir(work);
    // Whatever happens from here, the half-written folder goes.
    const auto abandon = [&](const QString &message) {
        QDir(work).removeRecursively();
        return R::failure(message);
    };
    const auto cancel = [&] {
        QDir(work).removeRecursively();
        return R::cancelled();
    };

    const auto questions = m_questions.questions(true);
    if (!questions)
        return abandon(questions.error());
    const auto banks = m_questions.banks();
    if (!banks)
        return abandon(banks.error());
    const int total = static_cast<int>(questions->size() + banks->size()) + 1;
    int done = 0;
    const auto step = [&] {
        return !progress || progress(++done, total);
    };

    ExportSummary summary;
    QString table = kTableHeader;
    int number = 0;
    for (const Question &q : questions.value()) {
        if (Status s = exportQuestion(q, ++number, work, table, summary); !s)
            return abandon(s.error());
        if (!step())
            return cancel();
    }
    for (const auto &info : banks.value()) {
        const auto bank = m_questions.bank(info.id);
        if (!bank)
            return abandon(bank.error());
        if (Status s = BankFiles::save(
                bank.value(), workDir.filePath(QStringLiteral("bank-") + info.id + QStringLiteral(".json")));
            !s)
            return abandon(s.error());
        if (!step())
            return cancel();
    }
    if (!writeText(workDir.filePath(QStringLiteral("attempts.csv")), table))
        return abandon(tr("The export cannot be written to %1.").arg(QDir::toNativeSeparators(work)));
    if (!step())
        return cancel();
    if (!QDir().rename(work, target))
        return abandon(tr("The export cannot be moved to %1.").arg(QDir::toNativeSeparators(target)));
    return summary;
}

} // namespace coach
