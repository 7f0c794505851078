#include "storage/database.h"
#include "support/testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

using namespace coach;

namespace {

QString scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST_CASE("A writer killed at random moments leaves a sound database with every reported write",
          "[storage][kill]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("coach.sqlite"));
    QRandomGenerator random(20261128);
    int next = 0;      // the next write to ask for
    int lastDone = -1; // the last write reported done
    int kills = 0;     // kills that hit a running writer
    int rounds = 0;
    // How long to wait before the kill, at most (µs): widened when a run got no write done, narrowed when
    // a run finished before the kill, so the kills keep landing among the writes on a fast or a busy machine.
    quint32 window = 8000;
    while (lastDone < 50 && rounds < 300) {
        ++rounds;
        QProcess writer;
        writer.start(QStringLiteral(COACH_KILLWRITER_PATH),
                     {path, QString::number(next), QStringLiteral("8")});
        REQUIRE(writer.waitForStarted());
        REQUIRE(coach::test::waitFor(
            [&] { return writer.canReadLine() || writer.state() != QProcess::Running; }, 20000));
        REQUIRE(writer.readLine().trimmed() == "ready");
        writer.write("go\n");
        writer.waitForBytesWritten(1000);
        // A random moment: before the first write, between writes, or in the middle of one.
        QThread::usleep(random.bounded(window));
        if (writer.state() == QProcess::Running) {
            ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
            ++kills;
        }
        writer.waitForFinished(5000);
        for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
            if (line.startsWith("done "))
                lastDone = line.mid(5).toInt();
        }
        const int doneThisRun = lastDone + 1 - next;
        // Killed, or finished its writes: a writer that stopped by itself reports a failed write.
        CHECK((writer.exitStatus() == QProcess::CrashExit || writer.exitCode() == 0));
        if (doneThisRun == 0)
            window = std::min<quint32>(window * 2, 400000);
        else if (doneThisRun == 8)
            window = std::max<quint32>(window / 2, 2000);
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
                CHECK(scalar(db,
                             QStringLiteral(
                                 "SELECT count(*) FROM story_revisions r JOIN stories s ON s.id = "
                                 "r.story_id WHERE s.title = 'Story %1' AND r.action = 'Action of write %1'")
                                 .arg(n)) == u'1');
                break;
            case 3:
                CHECK(scalar(db, QStringLiteral(
                                     "SELECT count(*) FROM questions WHERE text = 'Question of write %1?'")
                                     .arg(n)) == u'1');
                break;
            }
        }
    }
    CHECK(kills >= 10);
    std::printf(
        "kill test: %d writes reported done over %d runs, %d of them killed mid-way; every reported write "
        "found, integrity_check ok after each\n",
        lastDone + 1, rounds, kills);
}
