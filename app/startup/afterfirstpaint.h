// Runs a function once a window has painted for the first time, so that work after start-up does not hold up
// the first sight of it; and the start-up benchmark's hook, which ends the program at that moment.
#pragma once

#include <QObject>

#include <functional>

namespace coach {

class AfterFirstPaint final : public QObject
{
    Q_OBJECT

public:
    // Watches window (and is deleted with it, or once run has run). The children paint in the same pass:
    // run is called once the pass is over.
    static void install(QObject *window, std::function<void()> run);
    // With COACH_QUIT_AFTER_FIRST_PAINT set (bench/): prints "first-paint" on stdout once window has painted,
    // then quits the program.
    static void quitIfBenchmarking(QObject *window);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit AfterFirstPaint(std::function<void()> run, QObject *parent);

    std::function<void()> m_run;
};

} // namespace coach
