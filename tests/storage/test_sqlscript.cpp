#include "storage/sqlscript.h"
#include "support/testsupport.h"

using coach::splitSqlStatements;

TEST_CASE("Migration scripts split into statements", "[storage][sql]")
{
    SECTION("plain statements, comments and blank endings")
    {
        const auto statements =
            splitSqlStatements(QStringLiteral("-- leading comment; with a semicolon\nCREATE TABLE a (x);\n/* "
                                              "block; */ CREATE TABLE b (y);\n\n-- tail\n"));
        REQUIRE(statements.size() == 2);
        CHECK(statements.at(0).endsWith(QStringLiteral("CREATE TABLE a (x)")));
        CHECK(statements.at(1).endsWith(QStringLiteral("CREATE TABLE b (y)")));
    }
    SECTION("semicolons inside quotes stay")
    {
        const auto statements =
            splitSqlStatements(QStringLiteral("INSERT INTO t VALUES ('a;b', \"c;d\"); SELECT 1"));
        REQUIRE(statements.size() == 2);
        CHECK(statements.at(0) == QStringLiteral("INSERT INTO t VALUES ('a;b', \"c;d\")"));
        CHECK(statements.at(1) == QStringLiteral("SELECT 1"));
    }
    SECTION("a trigger body is one statement")
    {
        const auto statements = splitSqlStatements(QStringLiteral(
            "-- keeps stamps\nCREATE TRIGGER t AFTER UPDATE ON a BEGIN UPDATE a SET x = 1; "
            "UPDATE a SET y = 2; END;\n"
            "CREATE TEMP TRIGGER u AFTER INSERT ON a BEGIN SELECT CASE WHEN 1 THEN 2 END; SELECT 1; END;"));
        REQUIRE(statements.size() == 2);
        CHECK(statements.at(0).endsWith(QStringLiteral("UPDATE a SET y = 2; END")));
        CHECK(statements.at(1).endsWith(QStringLiteral("SELECT 1; END")));
    }
    SECTION("a script of only comments has no statement")
    {
        CHECK(splitSqlStatements(QStringLiteral("-- nothing\n/* at all */\n")).isEmpty());
    }
}
