#include "core/takefiles.h"
#include "support/testsupport.h"

using namespace coach;

TEST_CASE("Take file names carry the question and the start time", "[core][takes]")
{
    const QDateTime started(QDate(2026, 11, 28), QTime(20, 15, 0, 123), Qt::UTC);
    const QString path = takeRelativePath(QStringLiteral("be-testing-backend-code"), started);
    CHECK(path == QStringLiteral("recordings/20261128T201500123Z_be-testing-backend-code.opus"));

    for (const QString &name :
         QStringList{path, path + QStringLiteral(".partial"),
                     QStringLiteral("/data/recordings/20261128T201500123Z_be-testing-backend-code~2.opus")}) {
        INFO(name);
        const auto parsed = parseTakeFileName(name);
        REQUIRE(parsed.has_value());
        CHECK(parsed->questionId == QStringLiteral("be-testing-backend-code"));
        CHECK(parsed->startedAt == started);
    }
    CHECK_FALSE(parseTakeFileName(QStringLiteral("notes.txt")).has_value());
    CHECK_FALSE(parseTakeFileName(QStringLiteral("20261328T201500123Z_x.opus")).has_value()); // month 13
}
