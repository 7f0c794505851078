#include "startup/afterfirstpaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>
#include <utility>

namespace coach {

AfterFirstPaint::AfterFirstPaint(std::function<void()> run, QObject *parent)
    : QObject(parent)
    , m_run(std::move(run))
{}

void AfterFirstPaint::install(QObject *window, std::function<void()> run)
{
    window->installEventFilter(new AfterFirstPaint(std::move(run), window));
}

void AfterFirstPaint::quitIfBenchmarking(QObject *window)
{
    if (!qEnvironmentVariableIsSet("COACH_QUIT_AFTER_FIRST_PAINT"))
        return;
    install(window, [] {
        std::fputs("first-paint\n", stdout);
        std::fflush(stdout);
        QCoreApplication::quit();
    });
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        QTimer::singleShot(0, this, [this] {
            m_run();
            deleteLater();
        });
    }
    return false;
}

} // namespace coach
