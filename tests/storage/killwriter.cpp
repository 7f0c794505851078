// The writer of the kill test: from a given sequence number on, performs one write after another against a
// real profile (an attempt, its rating, a story draft with a revision, an imported question, in turn),
// printing "start N" before write N begins and "done N" once it has returned successfully. The test kills
// it right after one of these lines, chosen at random, so the kill lands in a write or between two.
//   killwriter DATABASE FIRST COUNT
#include "core/bankfiles.h"
#include "core/bankloader.h"
#include "core/story.h"
#include "storage/attemptrepository.h"
#include "storage/database.h"
#include "storage/questionrepository.h"
#include "storage/storyrepository.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

int main(int argc, char *argv[])
{
    using namespace coach;
    QCoreApplication app(argc, argv);
    if (argc < 4)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int first = QString::fromLocal8Bit(argv[2]).toInt();
    const int count = QString::fromLocal8Bit(argv[3]).toInt();
    Database database;
    if (!database.open(path).ok())
        return 3;
    QuestionRepository questions(database);
    const auto bank = BankLoader::loadFile(QStringLiteral(":/banks/backend-engineer.json"));
    if (!bank || !questions.importBundledBank(bank.value()))
        return 4;
    AttemptRepository attempts(database);
    StoryRepository stories(database);
    const QString question = QStringLiteral("be-tell-me-about-yourself");
    // Set up; the writes start when the test says so, so its kill lands among them.
    std::printf("ready\n");
    std::fflush(stdout);
    char go[8];
    if (!std::fgets(go, sizeof go, stdin))
        return 6;
    for (int n = first; n < first + count; ++n) {
        std::printf("start %d\n", n);
        std::fflush(stdout);
        bool ok = false;
        switch (n % 4) {
        case 0: { // an attempt
            Attempt a;
            a.questionId = question;
            a.startedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(n);
            a.durationMs = 1000 + n;
            a.audioPath = QStringLiteral("recordings/kill-%1.opus").arg(n);
            // A write can land and the kill come before "done" is printed: the rerun finds it there.
            ok = attempts.hasAudioPath(a.audioPath) || attempts.add(a).ok();
            break;
        }
        case 1: { // a rating of the attempt just before
            const auto list = attempts.forQuestion(question);
            ok = list && !list->isEmpty() && attempts.setRating(list->first().id, 1 + n % 4).ok();
            break;
        }
        case 2: { // a story draft and its revision
            auto story = stories.create(QStringLiteral("Story %1").arg(n));
            if (story) {
                Story s = story.value();
                s.draft.action = QStringLiteral("Action of write %1").arg(n);
                ok = stories.save(s).ok() && stories.addRevision(s).ok();
            }
            break;
        }
        case 3: { // an imported question
            const QByteArray md =
                QStringLiteral("# Kill %1\n## Topic\n- Question of write %1?\n").arg(n).toUtf8();
            const auto imported = BankFiles::parseMarkdown(md, QStringLiteral("kill.md"));
            ok = imported && questions.importBank(imported.value()).ok();
            break;
        }
        }
        if (!ok)
            return 5;
        std::printf("done %d\n", n);
        std::fflush(stdout);
    }
    return 0;
}
