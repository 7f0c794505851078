// The Catch2 runner shared by every test executable: a QApplication in test mode, offscreen by default.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "support/mounts.h"

#include <QApplication>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Tests never touch the real profile.
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("interview-coach-tests"));
    QApplication::setApplicationName(QStringLiteral("interview-coach-tests"));
    // The tests that mount run in entries of their own (COACH_MOUNT_TESTS=1): decided once, before any of
    // them, where mounting is refused the whole run is skipped, visibly, instead of passing unchecked.
    if (qEnvironmentVariableIntValue("COACH_MOUNT_TESTS") == 1) {
        const QString refusal = coach::test::mountRefusal();
        if (!refusal.isEmpty()) {
            std::fprintf(stderr,
                         "Skipped: these tests mount file systems, and mounting is refused here: %s\n",
                         qUtf8Printable(refusal));
            return coach::test::kSkippedExitCode;
        }
    }
    return Catch::Session().run(argc, argv);
}
