#include "startup/afterfirstpaint.h"
#include "support/testsupport.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTest>
#include <QWidget>

using coach::AfterFirstPaint;

TEST_CASE("Work after the first paint runs once, after the window painted", "[startup][paint]")
{
    QWidget window;
    window.resize(200, 100);
    int runs = 0;
    AfterFirstPaint::install(&window, [&] { ++runs; });
    QCoreApplication::processEvents();
    CHECK(runs == 0); // not shown, not painted

    window.show();
    REQUIRE(coach::test::waitFor([&] { return runs == 1; }));
    window.update();
    window.repaint(); // painted at once
    QCoreApplication::processEvents();
    CHECK(runs == 1);
    // The watcher is gone once it ran, not left behind as a child of the window.
    CHECK(window.findChildren<AfterFirstPaint *>().isEmpty());
}

TEST_CASE("The start-up benchmark's hook does nothing unless asked for", "[startup][paint]")
{
    REQUIRE_FALSE(qEnvironmentVariableIsSet("COACH_QUIT_AFTER_FIRST_PAINT"));
    QWidget window;
    AfterFirstPaint::quitIfBenchmarking(&window);
    CHECK(window.findChildren<AfterFirstPaint *>().isEmpty());
}
