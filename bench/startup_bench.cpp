// Start-up time, measured from outside the program as a person sees it: from launch to the main window being
// mapped on the X server, interview-coach against a plain QMainWindow with a label. Both run alternately in
// this process's run, so machine noise hits them alike; prints both medians and the ratio. Without DISPLAY
// (offscreen) only the programs' own "first-paint" line can be timed, and that is what the ratio uses then.
#include "benchsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <xcb/xcb.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <vector>

namespace {

constexpr double kTarget = 1.5;
constexpr int kTimeoutMs = 60000;

struct Times
{
    double mapped = -1;  // launch to the top-level window mapped on the X server; -1 offscreen
    double painted = -1; // launch to the program's "first-paint" line
};

// The X server's root window, watched for its children being mapped.
class MapWatcher final
{
public:
    static std::unique_ptr<MapWatcher> connect()
    {
        xcb_connection_t *connection = xcb_connect(nullptr, nullptr);
        if (xcb_connection_has_error(connection)) {
            xcb_disconnect(connection);
            return nullptr;
        }
        return std::unique_ptr<MapWatcher>(new MapWatcher(connection));
    }
    ~MapWatcher() { xcb_disconnect(m_connection); }
    Q_DISABLE_COPY_MOVE(MapWatcher)

    int fileDescriptor() const { return xcb_get_file_descriptor(m_connection); }

    // Reads every event already received; true when one was a top-level window of process pid being mapped.
    bool mappedWindowOf(qint64 pid)
    {
        bool mapped = false;
        while (xcb_generic_event_t *event = xcb_poll_for_event(m_connection)) {
            if ((event->response_type & 0x7f) == XCB_MAP_NOTIFY) {
                const auto *map = reinterpret_cast<xcb_map_notify_event_t *>(event);
                // Popups and tooltips are override-redirect; the main window is not.
                if (!map->override_redirect && windowPid(map->window) == pid)
                    mapped = true;
            }
            std::free(event);
        }
        return mapped;
    }

private:
    explicit MapWatcher(xcb_connection_t *connection)
        : m_connection(connection)
    {
        const xcb_screen_t *screen = xcb_setup_roots_iterator(xcb_get_setup(connection)).data;
        const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
        xcb_change_window_attributes(connection, screen->root, XCB_CW_EVENT_MASK, &mask);
        const char name[] = "_NET_WM_PID";
        xcb_intern_atom_reply_t *atom =
            xcb_intern_atom_reply(connection, xcb_intern_atom(connection, 0, sizeof name - 1, name), nullptr);
        m_pidAtom = atom ? atom->atom : xcb_atom_t{XCB_ATOM_NONE};
        std::free(atom);
        xcb_flush(connection);
    }

    // The pid Qt sets on its windows; -1 when the window has none. Asked after the map was seen, so the round
    // trip is not part of the time.
    qint64 windowPid(xcb_window_t window) const
    {
        xcb_get_property_reply_t *reply = xcb_get_property_reply(
            m_connection, xcb_get_property(m_connection, 0, window, m_pidAtom, XCB_ATOM_CARDINAL, 0, 1),
            nullptr);
        qint64 pid = -1;
        if (reply && xcb_get_property_value_length(reply) == 4)
            pid = *static_cast<const uint32_t *>(xcb_get_property_value(reply));
        std::free(reply);
        return pid;
    }

    xcb_connection_t *m_connection;
    xcb_atom_t m_pidAtom = xcb_atom_t{XCB_ATOM_NONE};
};

// One start of program, timed to its window being mapped (when watcher is given) and to its first paint; the
// program quits by itself after the paint, and its shutdown is not counted.
Times startOnce(MapWatcher *watcher, const QString &program, const QStringList &arguments,
                const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardErrorFile(QProcess::nullDevice());
    QEventLoop loop;
    QElapsedTimer timer;
    Times times;
    QByteArray output;
    const auto done = [&] {
        if ((times.mapped >= 0 || !watcher) && times.painted >= 0)
            loop.quit();
    };
    std::optional<QSocketNotifier> notifier;
    if (watcher) {
        notifier.emplace(watcher->fileDescriptor(), QSocketNotifier::Read);
        QObject::connect(&*notifier, &QSocketNotifier::activated, &loop, [&] {
            if (watcher->mappedWindowOf(process.processId()) && times.mapped < 0) {
                times.mapped = static_cast<double>(timer.nsecsElapsed()) / 1e6;
                done();
            }
        });
    }
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop, [&] {
        output += process.readAllStandardOutput();
        if (output.contains("first-paint") && times.painted < 0) {
            times.painted = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            done();
        }
    });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    timer.start();
    process.start(program, arguments);
    loop.exec();
    if (times.painted < 0 || (watcher && times.mapped < 0) || !process.waitForFinished(kTimeoutMs) ||
        process.exitCode() != 0) {
        std::fprintf(stderr, "%s did not show and paint its window and quit cleanly\n", qPrintable(program));
        std::exit(2);
    }
    if (watcher)
        watcher->mappedWindowOf(-1); // drops the unmap and destroy events of the window that closed
    return times;
}

// The instructions program's main thread runs from its start to its event loop (its window built and shown),
// counted by callgrind: the same on every machine, however fast or busy. -1 without valgrind.
double mainThreadInstructions(const QString &program, const QStringList &arguments,
                              const QProcessEnvironment &env)
{
    const QString valgrind = QStandardPaths::findExecutable(QStringLiteral("valgrind"));
    QTemporaryDir dir;
    if (valgrind.isEmpty() || !dir.isValid())
        return -1;
    const QString out = dir.filePath(QStringLiteral("callgrind.out"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(valgrind,
                  QStringList{QStringLiteral("--tool=callgrind"), QStringLiteral("--separate-threads=yes"),
                              QStringLiteral("--dump-before=QCoreApplication::exec()"),
                              QStringLiteral("--callgrind-out-file=") + out, program} +
                      arguments);
    if (!process.waitForFinished(10 * kTimeoutMs) || process.exitCode() != 0)
        return -1;
    // Part 1 (up to the event loop) of thread 1 (the main thread).
    QFile part(out + QStringLiteral(".1-01"));
    if (!part.open(QIODevice::ReadOnly))
        return -1;
    while (!part.atEnd()) {
        const QByteArray line = part.readLine().trimmed();
        if (line.startsWith("totals:"))
            return line.mid(7).trimmed().toDouble();
    }
    return -1;
}

void printTimes(const char *label, const std::vector<Times> &runs, bool mapped)
{
    std::vector<double> painted;
    std::vector<double> mappedTimes;
    for (const Times &times : runs) {
        painted.push_back(times.painted);
        mappedTimes.push_back(times.mapped);
    }
    using coach::bench::median;
    if (mapped)
        std::printf("  %s median %.1f ms to the window mapped (first paint %.1f ms)\n", label,
                    median(mappedTimes), median(painted));
    else
        std::printf("  %s median %.1f ms to the first paint\n", label, median(painted));
}

double headline(const std::vector<Times> &runs, bool mapped)
{
    std::vector<double> values;
    for (const Times &times : runs)
        values.push_back(mapped ? times.mapped : times.painted);
    return coach::bench::median(values);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, QString::fromLocal8Bit(argv[1]).toInt()) : 15;

    QTemporaryDir dataDir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    std::unique_ptr<MapWatcher> watcher;
    if (env.contains(QStringLiteral("DISPLAY")))
        watcher = MapWatcher::connect();
    if (!watcher)
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("COACH_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    const QString app_ = QStringLiteral(COACH_APP_PATH);
    const QString baseline = QStringLiteral(COACH_BASELINE_PATH);
    // The profile in a folder of its own, as in a home folder: the start looks beside it for a restore left
    // unfinished, and the temporary folder's parent can hold anything.
    const QString profile = dataDir.filePath(QStringLiteral("profile"));
    const QStringList appArgs{QStringLiteral("--data-dir"), profile};

    // The first start creates the database and copies the bank in; it is reported on its own.
    const Times firstStart = startOnce(watcher.get(), app_, appArgs, env);
    // Then the profile is one in use: the person has chosen a role, so the roles panel no longer shows.
    QSettings(QDir(profile).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
        .setValue(QStringLiteral("roles/banks"), QStringList{QStringLiteral("backend-engineer")});
    startOnce(watcher.get(), baseline, {}, env); // warm the shared libraries for both

    std::vector<Times> appTimes;
    std::vector<Times> baselineTimes;
    // Each goes first in every other round: the first start of a pair was seen to run slower.
    for (int i = 0; i < runs; ++i) {
        if (i % 2 == 0)
            baselineTimes.push_back(startOnce(watcher.get(), baseline, {}, env));
        appTimes.push_back(startOnce(watcher.get(), app_, appArgs, env));
        if (i % 2 == 1)
            baselineTimes.push_back(startOnce(watcher.get(), baseline, {}, env));
    }
    const bool mapped = watcher != nullptr;
    const double ratio = headline(appTimes, mapped) / headline(baselineTimes, mapped);
    std::printf("start-up, launch to %s (%d runs each, alternating)\n",
                mapped ? "the window mapped on the X server" : "the first paint, offscreen", runs);
    printTimes("plain QMainWindow with a label:", baselineTimes, mapped);
    printTimes("interview-coach:               ", appTimes, mapped);
    std::printf("  interview-coach's first start with a new profile: %.1f ms\n",
                mapped ? firstStart.mapped : firstStart.painted);
    std::printf("  ratio: %.2fx (target at most %.1fx) %s\n", ratio, kTarget,
                ratio <= kTarget ? "ok" : "OVER TARGET");
    // A count beside the times, for comparing builds on a noisy machine; the target is on the times above.
    const double appInstructions = mainThreadInstructions(app_, appArgs, env);
    const double baselineInstructions = mainThreadInstructions(baseline, {}, env);
    if (appInstructions > 0 && baselineInstructions > 0)
        std::printf("  main thread up to the event loop (callgrind): plain %.1f million instructions, "
                    "interview-coach %.1f million: %.2fx\n",
                    baselineInstructions / 1e6, appInstructions / 1e6,
                    appInstructions / baselineInstructions);
    else
        std::printf("  main thread instructions not counted (valgrind is missing or failed)\n");
    return ratio <= kTarget ? 0 : 1;
}
