#include "core/settings.h"
#include "support/testsupport.h"

#include <QTemporaryDir>

using coach::Settings;

TEST_CASE("Settings keep typed values with defaults and a version", "[core][settings]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        Settings settings(file);
        CHECK(settings.value(Settings::Key::LastQuestionId).toString().isEmpty());
        settings.setValue(Settings::Key::LastQuestionId, QStringLiteral("be-testing"));
        settings.setValue(Settings::Key::MainSplitterState, QByteArray("\x01\x02", 2));
    }
    {
        Settings settings(file);
        CHECK(settings.value(Settings::Key::LastQuestionId).toString() == QStringLiteral("be-testing"));
        CHECK(settings.value(Settings::Key::MainSplitterState).toByteArray() == QByteArray("\x01\x02", 2));
        settings.reset(Settings::Key::LastQuestionId);
        CHECK(settings.value(Settings::Key::LastQuestionId) ==
              Settings::defaultValue(Settings::Key::LastQuestionId));
    }
    QSettings raw(file, QSettings::IniFormat);
    CHECK(raw.value(QStringLiteral("settingsVersion")).toInt() == Settings::kVersion);
    CHECK_FALSE(raw.contains(Settings::keyName(Settings::Key::LastQuestionId)));
}
