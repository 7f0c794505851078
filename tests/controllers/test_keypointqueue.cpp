// The key point queue, with a spotter of its own in place of the listening engine: takes are listened to on
// a worker thread after they are saved, and older takes once more when their question's key points change.
#include "controllers/keypointqueue.h"
#include "core/attempt.h"
#include "core/takefiles.h"
#include "media/opusfilewriter.h"
#include "storage/attemptrepository.h"
#include "storage/database.h"
#include "storage/keypointrepository.h"
#include "support/profile.h"
#include "support/speech.h"
#include "support/testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <vector>

using namespace coach;

namespace {

const QString kQueueQuestion = QStringLiteral("be-why-this-role");

// Hears every phrase that contains "index", at 1 s; remembers what it was asked and on which thread.
struct FakeSpotter
{
    QMutex mutex;
    QStringList files;
    QList<QStringList> phrases;
    bool onGuiThread = false;

    KeyPointQueue::SpotFunction function()
    {
        return [this](const QString &path, const QStringList &listened, const std::atomic_bool *) {
            QMutexLocker lock(&mutex);
            files.append(QFileInfo(path).fileName());
            phrases.append(listened);
            onGuiThread = onGuiThread || QThread::currentThread() == QCoreApplication::instance()->thread();
            QList<KeyPointHit> hits;
            for (const QString &phrase : listened) {
                KeyPointHit hit{phrase};
                if (phrase.contains(QStringLiteral("index"))) {
                    hit.heard = true;
                    hit.startMs = 1000;
                    hit.endMs = 1800;
                    hit.count = 1;
                }
                hits.append(hit);
            }
            return Result<QList<KeyPointHit>>(hits);
        };
    }
    int calls()
    {
        QMutexLocker lock(&mutex);
        return static_cast<int>(files.size());
    }
};

struct QueueProfile
{
    QTemporaryDir dir;
    Database database;
    std::unique_ptr<AttemptRepository> attempts;
    std::unique_ptr<KeyPointRepository> keyPoints;

    QueueProfile()
    {
        coach::test::openWithBundledBank(database, dir.filePath(QStringLiteral("coach.sqlite")));
        attempts = std::make_unique<AttemptRepository>(database);
        keyPoints = std::make_unique<KeyPointRepository>(database);
        QDir(dir.path()).mkpath(QStringLiteral("recordings"));
    }

    Attempt add(int minute)
    {
        Attempt a;
        a.questionId = kQueueQuestion;
        a.startedAt = QDateTime(QDate(2026, 11, 1), QTime(9, minute), Qt::UTC);
        a.durationMs = 3000;
        a.audioPath = takeRelativePath(kQueueQuestion, a.startedAt);
        coach::test::writeFile(dir.filePath(a.audioPath), "audio");
        return attempts->add(a).value();
    }
};

} // namespace

TEST_CASE("A take just saved is listened to for its question's key points, off the GUI thread",
          "[controllers][keypoints]")
{
    QueueProfile p;
    FakeSpotter spotter;
    KeyPointQueue queue(*p.keyPoints, p.dir.path(), spotter.function());
    QSignalSpy saved(&queue, &KeyPointQueue::resultsSaved);
    QSignalSpy progress(&queue, &KeyPointQueue::progressChanged);
    QSignalSpy failed(&queue, &KeyPointQueue::failed);

    // No key points: nothing to listen for.
    const Attempt early = p.add(0);
    queue.add(early);
    CHECK(queue.total() == 0);
    CHECK(spotter.calls() == 0);

    REQUIRE(
        p.keyPoints
            ->setForQuestion(kQueueQuestion, {{QStringLiteral("composite index"), {}},
                                              {QStringLiteral("Kubectl"), QStringLiteral("cube control")}})
            .ok());
    const Attempt take = p.add(1);
    queue.add(take);
    REQUIRE(coach::test::waitFor([&] { return saved.size() == 1; }));
    CHECK(saved.at(0).at(0).toLongLong() == take.id);
    CHECK(failed.isEmpty());
    CHECK_FALSE(spotter.onGuiThread);
    // Listened for as the person says it, stored as they wrote it.
    CHECK(spotter.phrases.at(0) ==
          QStringList{QStringLiteral("composite index"), QStringLiteral("cube control")});
    const auto results = p.keyPoints->results(take.id).value();
    REQUIRE(results.size() == 2);
    CHECK(results.at(0) == KeyPointResult{QStringLiteral("composite index"), true, 1000, 1800, 1});
    CHECK(results.at(1) == KeyPointResult{QStringLiteral("Kubectl"), false, -1, -1, 0});
    REQUIRE(progress.size() == 2);
    CHECK(progress.at(0) == QList<QVariant>{0, 1});
    CHECK(progress.at(1) == QList<QVariant>{1, 1});
    CHECK(queue.total() == 0);
}

TEST_CASE("Older takes are listened to once when their question's key points change",
          "[controllers][keypoints]")
{
    QueueProfile p;
    FakeSpotter spotter;
    KeyPointQueue queue(*p.keyPoints, p.dir.path(), spotter.function());
    QSignalSpy saved(&queue, &KeyPointQueue::resultsSaved);
    const Attempt first = p.add(0);
    const Attempt second = p.add(1);
    Attempt gone = p.add(2);
    QFile::remove(p.dir.filePath(gone.audioPath)); // its audio is gone: nothing to listen to

    CHECK(queue.addOlderTakes(kQueueQuestion) == 0); // no key points yet
    REQUIRE(p.keyPoints->setForQuestion(kQueueQuestion, {{QStringLiteral("composite index"), {}}}).ok());
    CHECK(queue.addOlderTakes(kQueueQuestion) == 2);
    REQUIRE(coach::test::waitFor([&] { return saved.size() == 2; }));
    CHECK(spotter.files ==
          QStringList{QFileInfo(first.audioPath).fileName(), QFileInfo(second.audioPath).fileName()});
    CHECK(p.keyPoints->counts({first.id, second.id}).value().value(second.id).heard == 1);

    // Unchanged key points: never again.
    CHECK(queue.addOlderTakes(kQueueQuestion) == 0);
    // Changed: once more, for the new list.
    REQUIRE(p.keyPoints
                ->setForQuestion(kQueueQuestion, {{QStringLiteral("composite index"), {}},
                                                  {QStringLiteral("read replica"), {}}})
                .ok());
    CHECK(queue.addOlderTakes(kQueueQuestion) == 2);
    CHECK(queue.addOlderTakes(kQueueQuestion) ==
          0); // those waiting or being listened to are not queued twice
    REQUIRE(coach::test::waitFor([&] { return saved.size() == 4; }));
    QCoreApplication::processEvents(); // a fifth listening would have been queued by now
    CHECK(spotter.calls() == 4);
    CHECK(p.keyPoints->results(first.id).value().size() == 2);
    CHECK(queue.addOlderTakes(kQueueQuestion) == 0);
    CHECK_FALSE(spotter.onGuiThread);
}

TEST_CASE("A failed listen is reported and the queue goes on", "[controllers][keypoints]")
{
    QueueProfile p;
    int calls = 0;
    KeyPointQueue queue(*p.keyPoints, p.dir.path(),
                        [&calls](const QString &, const QStringList &phrases, const std::atomic_bool *) {
                            if (++calls == 1)
                                return Result<QList<KeyPointHit>>::failure(
                                    QStringLiteral("not an Opus file"));
                            return Result<QList<KeyPointHit>>(QList<KeyPointHit>{KeyPointHit{phrases.at(0)}});
                        });
    QSignalSpy saved(&queue, &KeyPointQueue::resultsSaved);
    QSignalSpy failed(&queue, &KeyPointQueue::failed);
    REQUIRE(p.keyPoints->setForQuestion(kQueueQuestion, {{QStringLiteral("composite index"), {}}}).ok());
    const Attempt broken = p.add(0);
    const Attempt fine = p.add(1);
    queue.add(broken);
    queue.add(fine);
    REQUIRE(coach::test::waitFor([&] { return saved.size() + failed.size() == 2; }));
    REQUIRE(failed.size() == 1);
    CHECK(failed.at(0).at(0).toLongLong() == broken.id);
    CHECK(failed.at(0).at(1).toString().contains(QStringLiteral("not an Opus file")));
    CHECK(saved.at(0).at(0).toLongLong() == fine.id);
    // The failed one was not marked listened to: it is tried again with the older takes.
    CHECK(queue.addOlderTakes(kQueueQuestion) == 1);
}

TEST_CASE("Key points are off outside English, with the reason", "[controllers][keypoints]")
{
    CHECK(KeyPointQueue::offReason(QStringLiteral("en"), QStringLiteral("en_US")).isEmpty());
    CHECK(KeyPointQueue::offReason(QStringLiteral("de"), QStringLiteral("en"))
              .contains(QStringLiteral("English")));
    CHECK(KeyPointQueue::offReason(QStringLiteral("en"), QStringLiteral("de_DE"))
              .contains(QStringLiteral("English")));
}

TEST_CASE("A take is listened to by the real engine: what was said is heard, what was not is not",
          "[controllers][keypoints][engine]")
{
    if (!KeywordSpotter::isAvailable())
        FAIL("the speech model is missing: scripts/coach test installs pocketsphinx-en-us");
    QueueProfile p;
    // A take as the recorder leaves it: an Ogg Opus file of speech at 48 kHz, here said by flite's slt.
    const QString raw = p.dir.filePath(QStringLiteral("said-raw.wav"));
    const QString wav = p.dir.filePath(QStringLiteral("said.wav"));
    QProcess flite;
    flite.start(
        QStringLiteral("flite"),
        {QStringLiteral("-voice"), QStringLiteral("slt"), QStringLiteral("-t"),
         QStringLiteral("The checkout page was slow, so I added a composite index to the orders table. "
                        "The slowest requests went down to two hundred milliseconds, from two seconds."),
         QStringLiteral("-o"), raw});
    REQUIRE(flite.waitForFinished(60000));
    REQUIRE(flite.exitCode() == 0);
    QProcess sox;
    sox.start(QStringLiteral("sox"),
              {QStringLiteral("-R"), raw, QStringLiteral("-r"), QStringLiteral("48000"), QStringLiteral("-c"),
               QStringLiteral("1"), QStringLiteral("-b"), QStringLiteral("16"), wav});
    REQUIRE(sox.waitForFinished(60000));
    REQUIRE(sox.exitCode() == 0);
    const std::vector<qint16> samples = coach::test::readWavSamples(wav);

    Attempt take = p.add(0);
    QFile::remove(p.dir.filePath(take.audioPath));
    {
        auto writer = OpusFileWriter::create(p.dir.filePath(take.audioPath), 48000, 1);
        REQUIRE(writer.ok());
        REQUIRE(writer.value()->write(samples).ok());
        REQUIRE(writer.value()->finish().ok());
    }
    REQUIRE(p.keyPoints
                ->setForQuestion(kQueueQuestion, {{QStringLiteral("composite index"), {}},
                                                  {QStringLiteral("200 ms"), {}},
                                                  {QStringLiteral("read replica"), {}}})
                .ok());
    KeyPointQueue queue(*p.keyPoints, p.dir.path()); // the engine itself
    QSignalSpy saved(&queue, &KeyPointQueue::resultsSaved);
    QSignalSpy failed(&queue, &KeyPointQueue::failed);
    queue.add(take);
    REQUIRE(coach::test::waitFor([&] { return saved.size() + failed.size() == 1; }, 120000));
    INFO((failed.isEmpty() ? QString() : failed.at(0).at(1).toString()).toStdString());
    REQUIRE(failed.isEmpty());
    const auto results = p.keyPoints->results(take.id);
    REQUIRE(results.ok());
    REQUIRE(results->size() == 3);
    CHECK(results->at(0).phrase == QStringLiteral("composite index"));
    CHECK(results->at(0).heard);
    CHECK(results->at(0).startMs > 1000); // said after "The checkout page was slow, so I added a"
    CHECK(results->at(0).startMs < 5000);
    CHECK(results->at(1).phrase == QStringLiteral("200 ms")); // listened for as "two hundred milliseconds"
    CHECK(results->at(1).heard);
    CHECK(results->at(1).startMs > results->at(0).startMs);
    CHECK(results->at(2).phrase == QStringLiteral("read replica")); // never said
    CHECK_FALSE(results->at(2).heard);
}
