// How what listening to a take found reads, beside the delivery figures and in the lists.
#include "core/keypointtext.h"

#include <catch2/catch.hpp>

using namespace coach;

TEST_CASE("Key points heard are counted and the missed ones named", "[core][keypoints]")
{
    const QList<KeyPointResult> results = {{QStringLiteral("composite index"), true, 12340, 13110, 1},
                                           {QStringLiteral("on-call rotation"), false, -1, -1, 0},
                                           {QStringLiteral("read replica"), true, 61000, 62000, 2},
                                           {QStringLiteral("900 ms"), false, -1, -1, 0}};
    CHECK(KeyPointText::heard(results) == QStringLiteral("Key points heard: 2 of 4"));
    CHECK(KeyPointText::missed(results) == QStringLiteral("Missed: on-call rotation, 900 ms"));
    CHECK(KeyPointText::summary(results) ==
          QStringLiteral("Key points heard: 2 of 4\nMissed: on-call rotation, 900 ms"));
    CHECK(KeyPointText::heardAt(results.at(2)) == QStringLiteral("read replica at 1:01"));

    const QList<KeyPointResult> all = {results.at(0)};
    CHECK(KeyPointText::summary(all) == QStringLiteral("Key points heard: 1 of 1"));
    CHECK(KeyPointText::missed(all).isEmpty());
    // Not listened to: nothing to say.
    CHECK(KeyPointText::summary({}).isEmpty());
    CHECK(KeyPointText::shortCount({}).isEmpty());
    CHECK(KeyPointText::shortCount({3, 5}) == QStringLiteral("3 of 5"));
}
