#include "core/rolechoice.h"
#include "core/settings.h"
#include "support/testsupport.h"

#include <QTemporaryDir>

using coach::RoleBank;
using coach::RoleChoice;

namespace {

QList<RoleBank> threeBanks()
{
    return {
        {QStringLiteral("backend-engineer"), QStringLiteral("Backend engineer"), QStringLiteral("en"), 20},
        {QStringLiteral("allgemein"), QStringLiteral("Allgemeine Fragen"), QStringLiteral("de"), 3},
        {QStringLiteral("frontend"), QStringLiteral("Frontend engineer"), QStringLiteral("en"), 4}};
}

QStringList idsOf(const QList<RoleBank> &banks)
{
    QStringList ids;
    for (const RoleBank &bank : banks)
        ids << bank.id;
    return ids;
}

} // namespace

TEST_CASE("Banks of the interface's language come first and are shown until a choice", "[core][roles]")
{
    const QList<RoleBank> banks = threeBanks();
    CHECK(idsOf(RoleChoice::ordered(banks, QStringLiteral("de"))) ==
          QStringList{QStringLiteral("allgemein"), QStringLiteral("backend-engineer"),
                      QStringLiteral("frontend")});
    CHECK(idsOf(RoleChoice::ordered(banks, QStringLiteral("en"))) ==
          QStringList{QStringLiteral("backend-engineer"), QStringLiteral("frontend"),
                      QStringLiteral("allgemein")});
    CHECK(RoleChoice::defaultBanks(banks, QStringLiteral("de_DE")) ==
          QStringList{QStringLiteral("allgemein")});
    CHECK(RoleChoice::defaultBanks(banks, QStringLiteral("en")) ==
          QStringList{QStringLiteral("backend-engineer"), QStringLiteral("frontend")});
    // No bank in the interface's language: every bank.
    CHECK(RoleChoice::defaultBanks(banks, QStringLiteral("fr")) == idsOf(banks));
}

TEST_CASE("The chosen roles are kept in the settings file", "[core][roles]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    const QList<RoleBank> banks = threeBanks();
    {
        coach::Settings settings(file);
        RoleChoice roles(settings);
        CHECK_FALSE(roles.isMade());
        CHECK(roles.shownBanks(banks, QStringLiteral("de")) == QStringList{QStringLiteral("allgemein")});
        roles.store({QStringLiteral("frontend")});
    }
    {
        coach::Settings settings(file);
        RoleChoice roles(settings);
        CHECK(roles.isMade());
        CHECK(roles.shownBanks(banks, QStringLiteral("de")) == QStringList{QStringLiteral("frontend")});
        roles.store({QStringLiteral("frontend"), QStringLiteral("backend-engineer")});
    }
    coach::Settings settings(file);
    RoleChoice roles(settings);
    // Shown in the banks' order, whatever order they were chosen in.
    CHECK(roles.shownBanks(banks, QStringLiteral("en")) ==
          QStringList{QStringLiteral("backend-engineer"), QStringLiteral("frontend")});

    SECTION("a chosen bank that is gone is left out; with none left, the defaults")
    {
        const QList<RoleBank> withoutFrontend = banks.mid(0, 2);
        CHECK(roles.shownBanks(withoutFrontend, QStringLiteral("en")) ==
              QStringList{QStringLiteral("backend-engineer")});
        roles.store({QStringLiteral("gone")});
        CHECK(roles.shownBanks(banks, QStringLiteral("en")) ==
              QStringList{QStringLiteral("backend-engineer"), QStringLiteral("frontend")});
    }
    SECTION("an empty choice is forgotten")
    {
        roles.store({});
        CHECK_FALSE(roles.isMade());
    }
}
