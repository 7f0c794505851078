#include "core/bankloader.h"
#include "core/deliverytext.h"
#include "core/takefiles.h"
#include "storage/attemptrepository.h"
#include "storage/database.h"
#include "storage/questionrepository.h"
#include "support/profile.h"
#include "support/testsupport.h"

using namespace coach;

TEST_CASE("Delivery figures are stored per attempt and give the person's baseline pace", "[storage][figures]")
{
    Database db;
    test::openWithBundledBank(db, QStringLiteral(":memory:"));
    AttemptRepository attempts(db);
    const QDateTime t0(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i) {
        Attempt a;
        a.questionId = QStringLiteral("be-why-this-role");
        a.startedAt = t0.addDays(i);
        a.durationMs = 60000;
        a.audioPath = takeRelativePath(a.questionId, a.startedAt);
        ids << attempts.add(a).value().id;
    }
    CHECK(attempts.withoutFigures()->size() == 6);
    CHECK_FALSE(attempts.figures(ids[0]).has_value());

    DeliveryFigures f;
    f.durationMs = 60000;
    f.speakingMs = 48000;
    f.firstWordMs = 1200;
    f.pauseCount05s = 3;
    f.pauseCount2s = 1;
    f.longestPauseMs = 2400;
    f.syllables = 300;
    f.speakingRateWpm = 133.3;
    f.articulationWpm = 150.0;
    f.peakDbfs = -3.5;
    f.speechLevelDbfs = -18.2;
    f.pauses = {{5000, 5600}, {20000, 22400}, {40000, 40700}};
    REQUIRE(attempts.saveFigures(ids[0], f).ok());
    const auto back = attempts.figures(ids[0]);
    REQUIRE(back.has_value());
    CHECK(back->speakingMs == 48000);
    CHECK(back->articulationWpm == Approx(150.0));
    CHECK(back->pauses.size() == 3);
    CHECK(back->pauses[1].startMs == 20000);
    CHECK(back->pauses[1].endMs == 22400);
    CHECK(attempts.withoutFigures()->size() == 5);

    // Fewer than five analysed attempts: no baseline yet.
    CHECK(medianPace({150, 140}) == 0.0);
    for (int i = 1; i < 5; ++i) {
        f.articulationWpm = 130.0 + 10 * i;
        REQUIRE(attempts.saveFigures(ids[i], f).ok());
    }
    const QList<double> recent = attempts.recentPaces();
    REQUIRE(recent.size() == 5);
    CHECK(recent.first() == Approx(170.0)); // newest first
    CHECK(medianPace(std::vector<double>(recent.begin(), recent.end())) == Approx(150.0));
}

TEST_CASE("Delivery wording states what was measured", "[core][figures]")
{
    CHECK(paceBand(110) == PaceBand::Slow);
    CHECK(paceBand(120) == PaceBand::Normal);
    CHECK(paceBand(160) == PaceBand::Normal);
    CHECK(paceBand(161) == PaceBand::Fast);
    CHECK(DeliveryText::pace(148.0) == QStringLiteral("about 150 words a minute, normal"));

    DeliveryFigures f;
    f.durationMs = 95000;
    f.speakingMs = 80000;
    f.firstWordMs = 3400;
    f.pauseCount05s = 4;
    f.pauseCount2s = 2;
    f.longestPauseMs = 3400;
    f.speakingRateWpm = 128;
    f.articulationWpm = 141;
    f.pauses = {{10000, 12100}, {42000, 45400}};
    const QString summary = DeliveryText::summary(f);
    CHECK(summary.startsWith(
        QStringLiteral("Speaking 1:20 of 1:35 · first word after 3.4 s · about 130 words a minute")));
    const QStringList notes = DeliveryText::observations(f);
    REQUIRE(notes.size() == 2);
    CHECK(notes[0] == QStringLiteral("Pauses of 2 s or more: 2; the longest 3.4 s at 0:42"));
    CHECK(notes[1] == QStringLiteral("The first word came after 3.4 s."));
    DeliveryFigures silent;
    CHECK(DeliveryText::summary(silent) == QStringLiteral("No speech was found in this recording."));
}
