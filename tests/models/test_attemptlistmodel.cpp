#include "core/bankloader.h"
#include "core/deliverytext.h"
#include "core/takefiles.h"
#include "fakes/fakemicrophones.h"
#include "models/attemptlistmodel.h"
#include "models/audioinputmodel.h"
#include "storage/attemptrepository.h"
#include "storage/database.h"
#include "storage/questionrepository.h"
#include "support/profile.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace coach;

TEST_CASE("The attempt list shows a question's takes newest first, with their audio state",
          "[models][attempts]")
{
    QTemporaryDir dir;
    Database database;
    test::openWithBundledBank(database, dir.filePath(QStringLiteral("coach.sqlite")));
    AttemptRepository attempts(database);

    const QString q = QStringLiteral("be-testing-backend-code");
    const QDateTime t0(QDate(2026, 11, 3), QTime(8, 30), Qt::UTC);
    QDir(dir.path()).mkpath(QStringLiteral("recordings"));
    for (int i = 0; i < 3; ++i) {
        Attempt a;
        a.questionId = q;
        a.startedAt = t0.addSecs(i * 3600);
        a.durationMs = 65000 + i;
        a.audioPath = takeRelativePath(q, a.startedAt);
        a.status = i == 1 ? Attempt::Status::Recovered : Attempt::Status::Complete;
        if (i != 0) // the oldest take's file is gone
            test::writeFile(QDir(dir.path()).filePath(a.audioPath), "audio");
        REQUIRE(attempts.add(a).ok());
    }

    AttemptListModel model(attempts, dir.path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    CHECK(model.setQuestionId(q).isEmpty());
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0).data(AttemptListModel::StartedAtRole).toDateTime() == t0.addSecs(7200));
    CHECK(model.index(0).data().toString().contains(QStringLiteral("1:05")));
    CHECK(model.index(1).data(AttemptListModel::RecoveredRole).toBool());
    CHECK(model.index(1).data().toString().contains(QStringLiteral("recovered")));
    CHECK(model.index(2).data(AttemptListModel::AudioStateRole).value<AttemptListModel::AudioState>() ==
          AttemptListModel::AudioState::Missing);
    CHECK(model.index(2).data().toString().contains(QStringLiteral("audio file missing")));
    CHECK(model.index(0).data(AttemptListModel::AudioPathRole).toString().startsWith(dir.path()));

    const qint64 newest = model.index(0).data(AttemptListModel::IdRole).toLongLong();
    model.markDamaged(newest);
    CHECK(model.index(0).data().toString().contains(QStringLiteral("audio file damaged")));
    CHECK(model.indexOfAttempt(newest) == model.index(0));

    CHECK(model.setQuestionId(QStringLiteral("be-why-this-role")).isEmpty());
    CHECK(model.rowCount() == 0);
    CHECK(AttemptListModel::formatDuration(59500) == QStringLiteral("1:00"));
    CHECK(AttemptListModel::formatDuration(0) == QStringLiteral("0:00"));
}

TEST_CASE("The attempt list shows each take's rating, pace, notes and whether it is the best",
          "[models][attempts][best]")
{
    QTemporaryDir dir;
    Database database;
    test::openWithBundledBank(database, dir.filePath(QStringLiteral("coach.sqlite")));
    AttemptRepository attempts(database);
    const QString q = QStringLiteral("be-testing-backend-code");
    const QDateTime t0(QDate(2026, 11, 3), QTime(8, 30), Qt::UTC);
    QList<qint64> ids; // oldest first
    for (int i = 0; i < 2; ++i) {
        Attempt a;
        a.questionId = q;
        a.startedAt = t0.addSecs(i * 3600);
        a.durationMs = 65000;
        a.audioPath = takeRelativePath(q, a.startedAt);
        ids << attempts.add(a).value().id;
    }
    REQUIRE(attempts.setRating(ids[0], 3).ok());
    REQUIRE(attempts.setNotes(ids[0], QStringLiteral("Numbers first\nthen the story")).ok());
    REQUIRE(attempts.setBest(ids[0], true).ok());

    AttemptListModel model(attempts, dir.path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.setQuestionId(q).isEmpty());
    REQUIRE(model.rowCount() == 2);
    const QModelIndex older = model.index(1);
    const QModelIndex newer = model.index(0);
    CHECK(older.data(AttemptListModel::RatingRole).toInt() == 3);
    CHECK(older.data().toString().contains(QStringLiteral("Good")));
    CHECK(older.data(AttemptListModel::NotesRole).toString() == QStringLiteral("Numbers first"));
    CHECK(older.data().toString().contains(AttemptListModel::notesMarker()));
    CHECK(older.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Notes: Numbers first\n")));
    CHECK(older.data(AttemptListModel::BestRole).toBool());
    CHECK(older.data().toString().startsWith(AttemptListModel::bestMarker() + u' '));
    CHECK(older.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("best take")));
    CHECK(older.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("with notes")));
    CHECK_FALSE(older.data(Qt::AccessibleTextRole).toString().contains(AttemptListModel::bestMarker()));
    CHECK(newer.data(AttemptListModel::RatingRole).toInt() == 0);
    CHECK(newer.data(AttemptListModel::NotesRole).toString().isEmpty());
    CHECK_FALSE(newer.data(AttemptListModel::BestRole).toBool());
    for (const QString &marker : {AttemptListModel::bestMarker(), AttemptListModel::notesMarker()})
        CHECK_FALSE(newer.data().toString().contains(marker));
    for (const QString &rating :
         {QStringLiteral("Again"), QStringLiteral("Hard"), QStringLiteral("Good"), QStringLiteral("Easy")})
        CHECK_FALSE(newer.data().toString().contains(rating));

    // The pace appears once the figures are in, as History's pace column shows it.
    CHECK(newer.data(AttemptListModel::PaceRole).toString().isEmpty());
    DeliveryFigures figures;
    figures.durationMs = 65000;
    figures.speakingMs = 50000;
    figures.firstWordMs = 800;
    figures.speakingRateWpm = 101;
    figures.articulationWpm = 168;
    REQUIRE(attempts.saveFigures(ids[1], figures).ok());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshFigures();
    CHECK(changed.size() == 1);
    const QString pace = DeliveryText::paceCell(101);
    CHECK(newer.data(AttemptListModel::PaceRole).toString() == pace);
    CHECK(newer.data().toString().contains(QStringLiteral("  \u00b7  ") + pace));
    CHECK(newer.data(Qt::ToolTipRole).toString().contains(DeliveryText::pace(figures)));
    CHECK(older.data(AttemptListModel::PaceRole).toString().isEmpty());

    // The mark moves without a reset.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.showBest(ids[1], true);
    CHECK(newer.data(AttemptListModel::BestRole).toBool());
    CHECK_FALSE(older.data(AttemptListModel::BestRole).toBool());
    model.showBest(ids[1], false);
    CHECK_FALSE(newer.data(AttemptListModel::BestRole).toBool());
    CHECK(reset.isEmpty());
}

TEST_CASE("The microphone list follows the system's, marks the default and passes the model checks",
          "[models][audio]")
{
    coach::test::FakeMicrophones microphones;
    microphones.setInputs({{"usb", QStringLiteral("USB headset")}, {"built-in", QStringLiteral("Built-in")}},
                          "built-in");
    AudioInputModel model(microphones);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0); // nothing is asked of the sound server before refresh()
    CHECK_FALSE(microphones.watched());
    model.refresh();
    CHECK(microphones.watched());
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0).data().toString() == QStringLiteral("USB headset"));
    CHECK(model.index(1).data().toString() == QStringLiteral("Built-in (default)"));
    CHECK(model.index(1).data(AudioInputModel::IsDefaultRole).toBool());
    CHECK(model.index(0).data(Qt::ToolTipRole).toString() == QStringLiteral("usb"));
    CHECK(model.rowOfDevice("built-in") == 1);
    CHECK(model.defaultDeviceId() == "built-in");
    CHECK(model.rowOfDevice("no-such-device") == -1);

    // A device unplugged and the default moved: the list follows at once.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    microphones.setInputs({{"usb", QStringLiteral("USB headset")}}, "usb");
    CHECK(reset.size() == 1);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0).data().toString() == QStringLiteral("USB headset (default)"));
    CHECK(model.rowOfDevice("built-in") == -1);
}

TEST_CASE("A take whose audio is outside the profile is shown as such and never handed to the player",
          "[models][attempts][outside]")
{
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("profile"));
    Database database;
    test::openWithBundledBank(database, QDir(profile).filePath(QStringLiteral("coach.sqlite")));
    AttemptRepository attempts(database);
    const QString q = QStringLiteral("be-testing-backend-code");
    const QString outside = dir.filePath(QStringLiteral("outside.opus"));
    test::writeFile(outside, "outside");
    const QDateTime t0(QDate(2026, 11, 3), QTime(8, 30), Qt::UTC);
    for (const QString &path : {outside, QStringLiteral("../outside.opus")}) {
        Attempt a;
        a.questionId = q;
        a.startedAt = t0;
        a.audioPath = path;
        REQUIRE(attempts.add(a).ok());
    }
    AttemptListModel model(attempts, profile);
    CHECK(model.setQuestionId(q).isEmpty());
    REQUIRE(model.rowCount() == 2);
    for (int row = 0; row < 2; ++row) {
        const QModelIndex index = model.index(row);
        CHECK(index.data(AttemptListModel::AudioStateRole).value<AttemptListModel::AudioState>() ==
              AttemptListModel::AudioState::Outside);
        CHECK(index.data().toString().contains(QStringLiteral("audio outside the profile")));
        CHECK(index.data(AttemptListModel::AudioPathRole).toString().isEmpty());
    }
    CHECK(test::readFile(outside) == "outside");
}
