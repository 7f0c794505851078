#include "audio/deliveryanalyzer.h"
#include "controllers/analysisqueue.h"
#include "core/attempt.h"
#include "storage/attemptrepository.h"
#include "storage/database.h"
#include "support/profile.h"
#include "support/speech.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace coach;

namespace {

Attempt addAttempt(AttemptRepository &attempts, const QString &audioPath, int minute)
{
    Attempt a;
    a.questionId = QStringLiteral("be-why-this-role");
    a.startedAt = QDateTime(QDate(2026, 11, 1), QTime(9, minute), Qt::UTC);
    a.durationMs = 3000;
    a.audioPath = audioPath;
    return attempts.add(a).value();
}

} // namespace

TEST_CASE("The analysis queue computes and saves the figures of a real take, with progress",
          "[controllers][analysis]")
{
    QTemporaryDir dir;
    Database db;
    test::openWithBundledBank(db, dir.filePath(QStringLiteral("coach.sqlite")));
    AttemptRepository attempts(db);
    DeliveryAnalyzer analyzer;
    AnalysisQueue queue(analyzer, attempts, dir.path());
    QSignalSpy progress(&queue, &AnalysisQueue::progressChanged);
    QSignalSpy saved(&queue, &AnalysisQueue::figuresSaved);
    QSignalSpy failed(&queue, &AnalysisQueue::failed);

    QDir(dir.path()).mkpath(QStringLiteral("recordings"));
    const QString wav = test::makeSpeechWav(dir.filePath(QStringLiteral("recordings")),
                                            QStringLiteral("I led the migration of our billing service to a "
                                                           "queue, and the error rate fell by half."));
    const Attempt take = addAttempt(attempts, QDir(dir.path()).relativeFilePath(wav), 0);

    SECTION("a take just saved")
    {
        queue.add(take);
        CHECK(queue.total() == 1);
        REQUIRE(test::waitFor([&] { return saved.size() == 1; }, 20000));
        CHECK(saved.at(0).at(0).toLongLong() == take.id);
        CHECK(failed.isEmpty());
        const auto figures = attempts.figures(take.id);
        REQUIRE(figures.has_value());
        CHECK(figures->speakingMs > 1000);
        CHECK(figures->syllables > 10);
        // Queued 0 of 1, then 1 of 1; after that the count starts again.
        REQUIRE(progress.size() == 2);
        CHECK(progress.at(0) == QList<QVariant>{0, 1});
        CHECK(progress.at(1) == QList<QVariant>{1, 1});
        CHECK(queue.total() == 0);
    }
    SECTION("the backlog: attempts without figures whose audio is there, failures reported")
    {
        addAttempt(attempts, QStringLiteral("recordings/gone.opus"), 1); // audio missing: skipped
        const QString junk = dir.filePath(QStringLiteral("recordings/junk.opus"));
        test::writeFile(junk, "not audio at all");
        const Attempt broken = addAttempt(attempts, QStringLiteral("recordings/junk.opus"), 2);
        CHECK(queue.addBacklog() == 2);
        CHECK(queue.total() == 2);
        REQUIRE(test::waitFor([&] { return saved.size() + failed.size() == 2; }, 20000));
        CHECK(saved.size() == 1);
        REQUIRE(failed.size() == 1);
        CHECK(failed.at(0).at(0).toLongLong() == broken.id);
        CHECK(failed.at(0).at(1).toString().startsWith(
            QStringLiteral("Delivery figures could not be computed")));
        CHECK(progress.last() == QList<QVariant>{2, 2});
        CHECK(attempts.figures(take.id).has_value());
        CHECK_FALSE(attempts.figures(broken.id).has_value());
        // What has figures now is not queued again.
        CHECK(queue.addBacklog() == 1); // only the broken one, which still has none
    }
}

TEST_CASE("The analysis queue ignores what others asked the analyzer for", "[controllers][analysis]")
{
    QTemporaryDir dir;
    Database db;
    test::openWithBundledBank(db, dir.filePath(QStringLiteral("coach.sqlite")));
    AttemptRepository attempts(db);
    DeliveryAnalyzer analyzer;
    AnalysisQueue queue(analyzer, attempts, dir.path());
    QSignalSpy progress(&queue, &AnalysisQueue::progressChanged);
    const QString wav = test::makeSpeechWav(dir.path(), QStringLiteral("Hello there."));
    const Attempt take = addAttempt(attempts, QFileInfo(wav).fileName(), 0);
    QSignalSpy analysed(&analyzer, &DeliveryAnalyzer::analysed);
    analyzer.analyse(take.id, wav);
    REQUIRE(test::waitFor([&] { return analysed.size() == 1; }, 20000));
    CHECK(progress.isEmpty());
    CHECK_FALSE(attempts.figures(take.id).has_value());
}
