#include "storage/database.h"
#include "support/testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>

using namespace coach;

namespace {

constexpr int kWrites = 50;     // writes reported done, at least
constexpr int kKills = 10;      // kills that landed mid-write, at least
constexpr int kPerRun = 8;      // writes one writer is asked for
constexpr int kMaxRounds = 200; // each round kills one writer: far more than the above need

QString scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0).toString() : QString();
}

// The writer's next line; empty once it has ended (or has said nothing for half a minute).
QByteArray nextLine(QProcess &writer)
{
    while (!writer.canReadLine()) {
        if (!writer.waitForReadyRead(30000))
            return writer.canReadLine() ? writer.readLine().trimmed() : QByteArray();
    }
    return writer.readLine().trimmed();
}

// What the writers said so far: the last write begun and the last reported done.
struct Progress
{
    int started = -1;
    int done = -1;

    void read(const QByteArray &line)
    {
        if (line.startsWith("start "))
            started = line.mid(6).toInt();
        else if (line.startsWith("done "))
            done = line.mid(5).toInt();
    }
};

} // namespace

TEST_CASE("A writer killed at random moments leaves a sound database with every reported write",
          "[storage][kill]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("coach.sqlite"));
    QRandomGenerator random(20261128);
    Progress progress;
    int next = 0;    // the next write to ask for
    int kills = 0;   // kills that landed while the writer still had writes to do
    int inWrite = 0; // of those, kills that landed between a write's start and its end
    int rounds = 0;
    // The moment of each kill comes from the writer's own progress, not from a clock, so that it lands among
    // the writes on a fast machine and on a slow or busy one alike.
    while ((progress.done + 1 < kWrites || kills < kKills) && rounds < kMaxRounds) {
        ++rounds;
        // Right after the start of one of its writes, or after the end of one before its last.
        const int pick = static_cast<int>(random.bounded(2 * kPerRun - 1));
        const QByteArray trigger = pick < kPerRun
                                       ? QByteArray("start ") + QByteArray::number(next + pick)
                                       : QByteArray("done ") + QByteArray::number(next + pick - kPerRun);
        QProcess writer;
        writer.start(QStringLiteral(COACH_KILLWRITER_PATH),
                     {path, QString::number(next), QString::number(kPerRun)});
        REQUIRE(writer.waitForStarted());
        REQUIRE(nextLine(writer) == "ready");
        const auto pid = static_cast<pid_t>(writer.processId());
        writer.write("go\n");
        REQUIRE(writer.waitForBytesWritten(10000));
        bool killed = false;
        while (!killed) {
            const QByteArray line = nextLine(writer);
            if (line.isEmpty())
                break;
            progress.read(line);
            if (line == trigger)
                killed = ::kill(pid, SIGKILL) == 0;
        }
        REQUIRE(writer.waitForFinished(30000));
        // What it printed before the kill landed: it may have gone on a little past the trigger.
        for (const QByteArray &line : writer.readAllStandardOutput().split('\n'))
            progress.read(line.trimmed());
        INFO("round " << rounds << ", killed after \"" << trigger.toStdString() << '"');
        // Killed, or (if the kill came too late) finished its writes: a writer that stopped by itself
        // reports a failed write.
        CHECK(killed);
        CHECK((writer.exitStatus() == QProcess::CrashExit || writer.exitCode() == 0));
        if (writer.exitStatus() == QProcess::CrashExit && progress.done < next + kPerRun - 1) {
            ++kills;
            if (progress.started > progress.done)
                ++inWrite;
        }
        const int lastDone = progress.done;
        next = lastDone + 1;

        // After each kill: the database opens, passes the full check, and holds every write reported done.
        Database db;
        REQUIRE(db.open(path).ok());
        CHECK(scalar(db, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
        for (int n = 0; n <= lastDone; ++n) {
            INFO("write " << n << " after " << kills << " kills");
            switch (n % 4) {
            case 0:
                CHECK(scalar(db,
                             QStringLiteral(
                                 "SELECT count(*) FROM attempts WHERE audio_path = 'recordings/kill-%1.opus'")
                                 .arg(n)) == u'1');
                break;
            case 1:
                CHECK(
                    scalar(db, QStringLiteral(
                                   "SELECT rating FROM attempts WHERE audio_path = 'recordings/kill-%1.opus'")
                                   .arg(n - 1)) == QString::number(1 + n % 4));
                break;
            case 2:
                // At least once: a kill after the revision but before "done" makes the rerun write it again.
                CHECK(scalar(db,
                             QStringLiteral(
                                 "SELECT count(*) FROM story_revisions r JOIN stories s ON s.id = "
                                 "r.story_id WHERE s.title = 'Story %1' AND r.action = 'Action of write %1'")
                                 .arg(n))
                          .toInt() >= 1);
                break;
            case 3:
                CHECK(scalar(db, QStringLiteral(
                                     "SELECT count(*) FROM questions WHERE text = 'Question of write %1?'")
                                     .arg(n)) == u'1');
                break;
            }
        }
    }
    INFO("after " << rounds << " rounds: " << progress.done + 1 << " writes reported done, " << kills
                  << " kills mid-write");
    if (progress.done + 1 < kWrites || kills < kKills)
        FAIL("the bound of " << kMaxRounds << " rounds was reached before " << kWrites << " writes done and "
                             << kKills << " kills mid-write");
    std::printf(
        "kill test: %d writes reported done over %d runs, %d of them killed mid-way (%d inside a write); "
        "every reported write found, integrity_check ok after each\n",
        progress.done + 1, rounds, kills, inWrite);
}
