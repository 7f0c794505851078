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
    // The baseline is of the overall pace; the pace while speaking does not enter it.
    f.speakingRateWpm = 150.0;
    REQUIRE(attempts.saveFigures(ids[0], f).ok());
    for (int i = 1; i < 5; ++i) {
        f.speakingRateWpm = 130.0 + 10 * i;
        f.articulationWpm = 200.0 + 10 * i;
        REQUIRE(attempts.saveFigures(ids[i], f).ok());
    }
    const QList<double> recent = attempts.recentPaces();
    REQUIRE(recent.size() == 5);
    CHECK(recent.first() == Approx(170.0)); // newest first
    CHECK(medianPace(std::vector<double>(recent.begin(), recent.end())) == Approx(150.0));
}

TEST_CASE("Delivery wording states what was measured", "[core][figures]")
{
    CHECK(DeliveryText::overallPace(148.0) == QStringLiteral("overall 150 words a minute (normal)"));

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
        QStringLiteral("Speaking 1:20 of 1:35 · first word after 3.4 s · pace overall 130 words a minute "
                       "(normal), while speaking 140 · pauses of 0.5 s or more: 4, of 2 s or more: 2")));
    const QStringList notes = DeliveryText::observations(f);
    REQUIRE(notes.size() == 2);
    CHECK(notes[0] == QStringLiteral("Pauses of 2 s or more: 2; the longest 3.4 s at 0:42"));
    CHECK(notes[1] == QStringLiteral("The first word came after 3.4 s."));
    DeliveryFigures silent;
    CHECK(DeliveryText::summary(silent) == QStringLiteral("No speech was found in this recording."));
}

TEST_CASE("Pace bands come from the overall pace, and every view words the two figures alike", "[core][pace]")
{
    CHECK(paceBand(110) == PaceBand::Slow);
    CHECK(paceBand(119.9) == PaceBand::Slow);
    CHECK(paceBand(kNormalPaceLowWpm) == PaceBand::Normal);
    CHECK(paceBand(kNormalPaceHighWpm) == PaceBand::Normal);
    CHECK(paceBand(161) == PaceBand::Fast);

    // The take of the report: slow overall, "fast" only if the pace while speaking were banded.
    DeliveryFigures take;
    take.durationMs = 60000;
    take.speakingMs = 35000;
    take.firstWordMs = 500;
    take.speakingRateWpm = 101;
    take.articulationWpm = 172;
    CHECK(paceBand(take) == PaceBand::Slow);
    CHECK(DeliveryText::roundedPace(take.speakingRateWpm) == 100);
    CHECK(DeliveryText::roundedPace(take.articulationWpm) == 170);
    CHECK(DeliveryText::pace(take) ==
          QStringLiteral("pace overall 100 words a minute (slow), while speaking 170"));
    CHECK(DeliveryText::paceCell(take.speakingRateWpm) == QStringLiteral("100 (slow)"));
    CHECK(DeliveryText::summary(take).contains(DeliveryText::pace(take)));
    CHECK(DeliveryText::overallPace(175) == QStringLiteral("overall 180 words a minute (fast)"));

    // --analyze keeps its keys and adds the band of the overall pace.
    const std::string json = deliveryFiguresToJson(take);
    CHECK(json.find("\"speaking_rate_wpm\": 101.0") != std::string::npos);
    CHECK(json.find("\"articulation_wpm\": 172.0") != std::string::npos);
    CHECK(json.find("\"pace_band\": \"slow\"") != std::string::npos);
    CHECK(deliveryFiguresToJson(DeliveryFigures{}).find("\"pace_band\": \"none\"") != std::string::npos);
}
