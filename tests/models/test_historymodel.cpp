#include "core/bankloader.h"
#include "historygen.h"
#include "models/historymodel.h"
#include "storage/attemptrepository.h"
#include "storage/database.h"
#include "storage/historyquery.h"
#include "storage/keypointrepository.h"
#include "support/profile.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace coach;

TEST_CASE("The history model reads pages as the view asks and passes the model checks", "[models][history]")
{
    QTemporaryDir dir;
    Database database;
    coach::test::openWithBundledBank(database, dir.filePath(QStringLiteral("coach.sqlite")));
    HistorySpec spec;
    spec.attempts = 1000;
    spec.questions = 40;
    spec.end = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    REQUIRE(generateHistory(database, spec).ok());

    HistoryQuery query(database);
    HistoryModel model(query, dir.path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy totals(&model, &HistoryModel::totalCountChanged);
    REQUIRE(model.reload().isEmpty());
    CHECK(model.totalCount() == 1000);
    CHECK(model.rowCount() == HistoryModel::kPageSize);
    CHECK(model.columnCount() == HistoryModel::ColumnCount);
    CHECK(totals.size() == 1);

    // Newest first, and the pages join without a gap or an overlap.
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * HistoryModel::kPageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == 1000);
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r) {
        ids.insert(model.index(r, 0).data(HistoryModel::IdRole).toLongLong());
        if (r > 0)
            REQUIRE(model.row(model.index(r - 1, 0))->attempt.startedAt >=
                    model.row(model.index(r, 0))->attempt.startedAt);
    }
    CHECK(ids.size() == 1000);

    // Sorting re-reads from the top in the new order.
    model.sort(HistoryModel::LengthColumn, Qt::AscendingOrder);
    CHECK(model.rowCount() == HistoryModel::kPageSize);
    QSqlQuery shortest(database.connection());
    REQUIRE(shortest.exec(QStringLiteral("SELECT min(duration_ms), max(duration_ms) FROM attempts")));
    REQUIRE(shortest.next());
    CHECK(model.index(0, 0).data(HistoryModel::DurationMsRole).toLongLong() ==
          shortest.value(0).toLongLong());
    model.sort(HistoryModel::LengthColumn, Qt::DescendingOrder);
    CHECK(model.index(0, 0).data(HistoryModel::DurationMsRole).toLongLong() ==
          shortest.value(1).toLongLong());
    CHECK(model.index(0, HistoryModel::LengthColumn).data().toString().contains(u':'));

    // A filter: only the rated "Easy" ones of one question.
    const QString question = model.index(0, 0).data(HistoryModel::QuestionIdRole).toString();
    QSqlQuery expected(database.connection());
    expected.prepare(QStringLiteral("SELECT count(*) FROM attempts WHERE question_id = ? AND rating = 4"));
    expected.addBindValue(question);
    REQUIRE(expected.exec());
    REQUIRE(expected.next());
    HistoryFilter filter;
    filter.questionId = question;
    filter.rating = 4;
    REQUIRE(model.setFilter(filter).isEmpty());
    CHECK(model.totalCount() == expected.value(0).toInt());
    REQUIRE(model.rowCount() > 0);
    for (int r = 0; r < model.rowCount(); ++r) {
        CHECK(model.index(r, 0).data(HistoryModel::QuestionIdRole).toString() == question);
        CHECK(model.index(r, HistoryModel::RatingColumn).data().toString() == QStringLiteral("4 Easy"));
    }

    // A row removed (gone to the trash) and a row changed in place.
    const qint64 first = model.index(0, 0).data(HistoryModel::IdRole).toLongLong();
    const int before = model.totalCount();
    model.removeAttempt(first);
    CHECK(model.totalCount() == before - 1);
    CHECK_FALSE(model.indexOfAttempt(first).isValid());
    if (model.rowCount() > 0) {
        const qint64 second = model.index(0, 0).data(HistoryModel::IdRole).toLongLong();
        AttemptRepository attempts(database);
        REQUIRE(attempts.setNotes(second, QStringLiteral("Slower at the start.")).ok());
        model.refreshAttempt(second);
        CHECK(model.index(0, HistoryModel::NotesColumn).data().toString() ==
              QStringLiteral("Slower at the start."));
    }
    CHECK(model.headerData(HistoryModel::PaceColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Pace (overall)"));
}

TEST_CASE("The history model's Covered column shows each take's self-review and sorts by it",
          "[models][history][rubric]")
{
    QTemporaryDir dir;
    Database database;
    coach::test::openWithBundledBank(database, dir.filePath(QStringLiteral("coach.sqlite")));
    AttemptRepository attempts(database);
    const QString question = QStringLiteral("be-tell-me-about-yourself");
    const QDateTime start(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        Attempt a;
        a.questionId = question;
        a.startedAt = start.addSecs(60 * i);
        a.durationMs = 1000;
        a.audioPath = QStringLiteral("recordings/take-%1.opus").arg(i);
        ids << attempts.add(a).value().id;
    }
    // The oldest covers 3 of 5, the middle one was reviewed and covers none, the newest was not reviewed.
    for (int point : {0, 1, 4})
        REQUIRE(attempts.setRubricTick(ids[0], point, true, 5).ok());
    REQUIRE(attempts.setRubricTick(ids[1], 0, true, 4).ok());
    REQUIRE(attempts.setRubricTick(ids[1], 0, false, 4).ok());

    HistoryQuery query(database);
    HistoryModel model(query, dir.path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.reload().isEmpty());
    CHECK(model.headerData(HistoryModel::CoverageColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Covered"));
    const auto covered = [&](qint64 id, int role = Qt::DisplayRole) {
        return model.indexOfAttempt(id).siblingAtColumn(HistoryModel::CoverageColumn).data(role).toString();
    };
    CHECK(covered(ids[0]) == QStringLiteral("3 of 5"));
    CHECK(covered(ids[0], Qt::ToolTipRole) == QStringLiteral("Covered 3 of 5"));
    CHECK(covered(ids[1]) == QStringLiteral("0 of 4"));
    CHECK(covered(ids[2]).isEmpty());
    CHECK(covered(ids[2], Qt::ToolTipRole).isEmpty());

    model.sort(HistoryModel::CoverageColumn, Qt::DescendingOrder);
    CHECK(model.index(0, 0).data(HistoryModel::IdRole).toLongLong() == ids[0]);
    CHECK(model.index(1, 0).data(HistoryModel::IdRole).toLongLong() == ids[1]);
    model.sort(HistoryModel::CoverageColumn, Qt::AscendingOrder);
    CHECK(model.index(0, 0).data(HistoryModel::IdRole).toLongLong() == ids[2]); // not reviewed: lowest
    CHECK(model.index(2, 0).data(HistoryModel::IdRole).toLongLong() == ids[0]);

    // A tick elsewhere shows once the row is read again.
    REQUIRE(attempts.setRubricTick(ids[2], 1, true, 5).ok());
    model.refreshAttempt(ids[2]);
    CHECK(covered(ids[2]) == QStringLiteral("1 of 5"));
}

TEST_CASE("The history model's Key points column shows how many were heard in each take and sorts by it",
          "[models][history][keypoints]")
{
    QTemporaryDir dir;
    Database database;
    coach::test::openWithBundledBank(database, dir.filePath(QStringLiteral("coach.sqlite")));
    AttemptRepository attempts(database);
    KeyPointRepository keyPoints(database);
    const QString question = QStringLiteral("be-tell-me-about-yourself");
    const QDateTime start(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        Attempt a;
        a.questionId = question;
        a.startedAt = start.addSecs(60 * i);
        a.durationMs = 1000;
        a.audioPath = QStringLiteral("recordings/take-%1.opus").arg(i);
        ids << attempts.add(a).value().id;
    }
    // The oldest: 2 of 3 heard; the middle one: none of 2; the newest was not listened to.
    const KeyPointResult heard{QStringLiteral("composite index"), true, 1000, 2000, 1};
    const KeyPointResult missed{QStringLiteral("read replica"), false, -1, -1, 0};
    REQUIRE(keyPoints.saveResults(ids[0], QStringLiteral("s"), {heard, missed, heard}).ok());
    REQUIRE(keyPoints.saveResults(ids[1], QStringLiteral("s"), {missed, missed}).ok());

    HistoryQuery query(database);
    HistoryModel model(query, dir.path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.reload().isEmpty());
    CHECK(model.headerData(HistoryModel::KeyPointsColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Key points"));
    const auto shown = [&](qint64 id) {
        return model.indexOfAttempt(id).siblingAtColumn(HistoryModel::KeyPointsColumn).data().toString();
    };
    CHECK(shown(ids[0]) == QStringLiteral("2 of 3"));
    CHECK(shown(ids[1]) == QStringLiteral("0 of 2"));
    CHECK(shown(ids[2]).isEmpty());

    model.sort(HistoryModel::KeyPointsColumn, Qt::DescendingOrder);
    CHECK(model.index(0, 0).data(HistoryModel::IdRole).toLongLong() == ids[0]);
    CHECK(model.index(1, 0).data(HistoryModel::IdRole).toLongLong() == ids[1]);
    model.sort(HistoryModel::KeyPointsColumn, Qt::AscendingOrder);
    CHECK(model.index(0, 0).data(HistoryModel::IdRole).toLongLong() == ids[2]); // not listened to: lowest

    // A take listened to later shows once its row is read again.
    REQUIRE(keyPoints.saveResults(ids[2], QStringLiteral("s"), {heard}).ok());
    model.refreshAttempt(ids[2]);
    CHECK(shown(ids[2]) == QStringLiteral("1 of 1"));
}
