#include "core/commandline.h"
#include "support/testsupport.h"

#include <QDir>

using coach::CommandLine;

TEST_CASE("Command-line options", "[core][commandline]")
{
    const QString program = QStringLiteral("interview-coach");

    SECTION("no options: run with the platform's data folder")
    {
        const CommandLine cl = CommandLine::parse({program});
        CHECK(cl.action == CommandLine::Action::Run);
        CHECK(cl.dataDir == CommandLine::defaultDataDir());
        CHECK_FALSE(cl.portable);
    }
    SECTION("--data-dir makes the path absolute and the install portable")
    {
        const CommandLine cl =
            CommandLine::parse({program, QStringLiteral("--data-dir"), QStringLiteral("profile")});
        CHECK(cl.action == CommandLine::Action::Run);
        CHECK(cl.dataDir == QDir::current().absoluteFilePath(QStringLiteral("profile")));
        CHECK(cl.portable);
    }
    SECTION("--help and --version")
    {
        const CommandLine help = CommandLine::parse({program, QStringLiteral("--help")});
        CHECK(help.action == CommandLine::Action::ShowHelp);
        CHECK(help.text.contains(QStringLiteral("--data-dir <dir>")));
        CHECK(help.text.contains(QStringLiteral("--lang <code>")));
        const CommandLine version = CommandLine::parse({program, QStringLiteral("--version")});
        CHECK(version.action == CommandLine::Action::ShowVersion);
        CHECK(version.text.startsWith(QStringLiteral("interview-coach ")));
    }
    SECTION("unknown options and stray arguments are errors that say how to get help")
    {
        const CommandLine unknown = CommandLine::parse({program, QStringLiteral("--frobnicate")});
        CHECK(unknown.action == CommandLine::Action::Error);
        CHECK(unknown.text.contains(QStringLiteral("frobnicate")));
        CHECK(unknown.text.contains(QStringLiteral("--help")));
        const CommandLine stray = CommandLine::parse({program, QStringLiteral("extra")});
        CHECK(stray.action == CommandLine::Action::Error);
        CHECK(stray.text.contains(QStringLiteral("extra")));
    }
    SECTION("a missing value is an error")
    {
        const CommandLine cl = CommandLine::parse({program, QStringLiteral("--data-dir")});
        CHECK(cl.action == CommandLine::Action::Error);
    }
}

TEST_CASE("Options that need no window are found before the application exists", "[core][commandline]")
{
    char prog[] = "interview-coach";
    char help[] = "--help";
    char version[] = "--version";
    char lang[] = "--lang";
    char de[] = "de";
    char langEq[] = "--lang=fr";
    char *withHelp[] = {prog, help};
    char *withVersion[] = {prog, lang, de, version};
    char *plain[] = {prog, lang, de};
    char *eq[] = {prog, langEq};
    CHECK(CommandLine::isHeadless(2, withHelp));
    // Qt's own options are QApplication's business, not an error.
    char style[] = "-style";
    char fusion[] = "fusion";
    char unknown[] = "--frobnicate";
    char *withStyle[] = {prog, style, fusion, lang, de};
    char *withUnknown[] = {prog, unknown};
    CHECK_FALSE(CommandLine::isHeadless(5, withStyle));
    CHECK(CommandLine::isHeadless(2, withUnknown));
    CHECK(CommandLine::isHeadless(4, withVersion));
    CHECK_FALSE(CommandLine::isHeadless(3, plain));
    CHECK(CommandLine::languageArgument(3, plain) == QStringLiteral("de"));
    CHECK(CommandLine::languageArgument(2, eq) == QStringLiteral("fr"));
    CHECK(CommandLine::languageArgument(2, withHelp).isEmpty());
}
