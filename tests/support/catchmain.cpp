// The Catch2 runner shared by every test executable: a QApplication in test mode, offscreen by default.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    // Tests never touch the real profile.
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("interview-coach-tests"));
    QApplication::setApplicationName(QStringLiteral("interview-coach-tests"));
    return Catch::Session().run(argc, argv);
}
