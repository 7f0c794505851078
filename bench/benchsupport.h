// What the benchmarks share: timing a program to its first painted window, and medians.
#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace coach::bench {

// Milliseconds from starting the program to its "first-paint" line; the shutdown after it is not counted.
inline double runOnce(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    double elapsed = -1;
    while (process.waitForReadyRead(60000)) {
        if (process.readAll().contains("first-paint")) {
            elapsed = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            break;
        }
    }
    if (elapsed < 0 || !process.waitForFinished(60000) || process.exitCode() != 0) {
        std::fprintf(stderr, "%s did not paint its window and quit cleanly\n", qPrintable(program));
        std::exit(2);
    }
    return elapsed;
}

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace coach::bench
