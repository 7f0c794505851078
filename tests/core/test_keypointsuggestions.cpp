// Key points offered from the STAR draft and the question's "what a strong answer shows".
#include "core/keypoints.h"
#include "core/keypointsuggestions.h"

#include <catch2/catch.hpp>

using namespace coach;

TEST_CASE("Numbers with their unit and multi-word terms are offered from the Action and Result",
          "[core][keypoints]")
{
    StarDraft draft;
    draft.situation = QStringLiteral("Our checkout page timed out under the holiday load balancer.");
    draft.task = QStringLiteral("I owned the database layer.");
    draft.action = QStringLiteral("I added a composite index on the orders table, set up an on-call rotation "
                                  "and moved reads to a replica.");
    draft.result =
        QStringLiteral("Latency fell from 900 ms to 120 ms, errors dropped by 40% and we shipped 3x "
                       "faster; 2 million requests a day, 99.9% of them under 1 s. We saved 12.");
    const QStringList found = KeyPointSuggestions::fromStar(draft);
    CHECK(found == QStringList{QStringLiteral("composite index"), QStringLiteral("orders table"),
                               QStringLiteral("on-call rotation"), QStringLiteral("900 ms"),
                               QStringLiteral("120 ms"), QStringLiteral("40%"), QStringLiteral("3x"),
                               QStringLiteral("2 million requests"), QStringLiteral("99.9%"),
                               QStringLiteral("1 s")});
    // Nothing from the Situation or Task; a bare number says too little.
    CHECK_FALSE(found.contains(QStringLiteral("load balancer")));
    CHECK_FALSE(found.contains(QStringLiteral("database layer")));
    CHECK_FALSE(found.contains(QStringLiteral("12")));
    CHECK(KeyPointSuggestions::fromStar(StarDraft{}).isEmpty());
}

TEST_CASE("Short phrases are offered from what a strong answer shows", "[core][keypoints]")
{
    const QStringList shows = {QStringLiteral("Clear ownership and trade-offs"),
                               QStringLiteral("A one-line identity: what kind of backend engineer you are"),
                               QStringLiteral("Evidence")};
    CHECK(KeyPointSuggestions::fromStrongAnswer(shows) ==
          QStringList{QStringLiteral("clear ownership and trade-offs"), QStringLiteral("one-line identity"),
                      QStringLiteral("backend engineer")});
}

TEST_CASE("Suggestions leave out what is listed already and what could not be a key point",
          "[core][keypoints]")
{
    StarDraft draft;
    draft.action = QStringLiteral("Composite index, composite index; then the on-call rotation.");
    draft.result = QStringLiteral("From 900 ms.");
    const QStringList shows = {QStringLiteral("Backend engineer"), QStringLiteral("Canary releases")};
    const QStringList offered =
        KeyPointSuggestions::suggest(draft, shows, {QStringLiteral("ON-CALL rotation")}, 3);
    CHECK(offered == QStringList{QStringLiteral("Composite index"), QStringLiteral("900 ms"),
                                 QStringLiteral("backend engineer")});
    for (const QString &phrase : KeyPointSuggestions::suggest(draft, shows, {}))
        CHECK(keypoints::problemWith(phrase).isEmpty());
}
