// The whole program as a person starts it: the real executable, a real X server, a real screenshot.
#include "audio/opusfilereader.h"
#include "core/bankloader.h"
#include "media/opusfilewriter.h"
#include "support/mounts.h"
#include "support/speech.h"
#include "support/testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

#include <signal.h>

namespace {

const QString kApp = QStringLiteral(COACH_APP_PATH);
// How long to wait for what the program is expected to do: generous, for a slow or busy machine (only a
// failing test waits that long).
constexpr int kPatienceMs = 120000;

QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

struct Output
{
    int exitCode = -1;
    QString out;
    QString err;
};

Output run(const QStringList &arguments, const QProcessEnvironment &env = headlessEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(kApp, arguments);
    REQUIRE(process.waitForFinished(kPatienceMs));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromLocal8Bit(process.readAllStandardOutput()),
            QString::fromLocal8Bit(process.readAllStandardError())};
}

QString requireTool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    INFO("the tool " << name.toStdString() << " is needed: scripts/coach test installs it");
    REQUIRE_FALSE(path.isEmpty());
    return path;
}

// An X server of our own for the duration of one test.
class Xvfb
{
public:
    Xvfb()
    {
        const QString xvfb = requireTool(QStringLiteral("Xvfb"));
        for (int n = 90 + static_cast<int>(QCoreApplication::applicationPid() % 400);; ++n) {
            if (!QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)) &&
                !QFile::exists(QStringLiteral("/tmp/.X%1-lock").arg(n))) {
                m_display = QStringLiteral(":%1").arg(n);
                m_socket = QStringLiteral("/tmp/.X11-unix/X%1").arg(n);
                break;
            }
        }
        // -noreset: by default the server resets when its last client leaves, and a client that connects
        // during the reset is turned away; a program that starts itself again (after a restore) is one.
        m_process.start(xvfb, {m_display, QStringLiteral("-screen"), QStringLiteral("0"),
                               QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"),
                               QStringLiteral("tcp"), QStringLiteral("-noreset")});
        REQUIRE(m_process.waitForStarted());
        REQUIRE(coach::test::waitFor([this] { return QFile::exists(m_socket); }, kPatienceMs));
        // The socket can exist before the server takes clients (seen on a loaded machine): wait until a
        // client gets an answer.
        const QString xdpyinfo = requireTool(QStringLiteral("xdpyinfo"));
        REQUIRE(coach::test::waitFor(
            [&] {
                QProcess probe;
                probe.start(xdpyinfo, {QStringLiteral("-display"), m_display});
                return probe.waitForFinished(5000) && probe.exitStatus() == QProcess::NormalExit &&
                       probe.exitCode() == 0;
            },
            kPatienceMs));
    }
    ~Xvfb()
    {
        m_process.terminate();
        m_process.waitForFinished(5000);
    }
    const QString &display() const { return m_display; }

private:
    QProcess m_process;
    QString m_display;
    QString m_socket;
};

// An X client run against display: its exit code (-1 when it did not end normally) and what it printed.
Output runOnDisplay(const QString &display, const QString &tool, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), display);
    process.setProcessEnvironment(env);
    process.start(requireTool(tool), arguments);
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), QString::fromLocal8Bit(process.readAllStandardOutput()),
            QString::fromLocal8Bit(process.readAllStandardError())};
}

// A top-level window whose title is title, or starts with it when prefix is true.
bool windowShown(const QString &display, const QString &title, bool prefix = false)
{
    return runOnDisplay(display, QStringLiteral("xwininfo"),
                        {QStringLiteral("-root"), QStringLiteral("-tree")})
        .out.contains(u'"' + title + (prefix ? QString() : QStringLiteral("\"")));
}

// The title of the window that has the keyboard focus (empty when none has).
QString focusedWindow(const QString &display)
{
    return runOnDisplay(display, QStringLiteral("xdotool"),
                        {QStringLiteral("getwindowfocus"), QStringLiteral("getwindowname")})
        .out.trimmed();
}

QImage screenshot(const QString &display, const QString &path)
{
    QProcess import;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), display);
    import.setProcessEnvironment(env);
    import.start(requireTool(QStringLiteral("import")),
                 {QStringLiteral("-window"), QStringLiteral("root"), path});
    REQUIRE(import.waitForFinished(20000));
    REQUIRE(import.exitCode() == 0);
    QImage image(path);
    REQUIRE_FALSE(image.isNull());
    return image;
}

// A painted window has text, frames and more than a handful of colours; why not, when it is not.
bool looksPainted(const QImage &image, std::string *why)
{
    QSet<QRgb> colours;
    qsizetype darkPixels = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb pixel = image.pixel(x, y);
            colours.insert(pixel);
            darkPixels += qGray(pixel) < 100 ? 1 : 0;
        }
    }
    *why = "distinct colours: " + std::to_string(colours.size()) +
           ", dark pixels: " + std::to_string(darkPixels);
    return colours.size() > 30 && darkPixels > 2000; // text is drawn
}

// A screenshot taken once the screen shows painted windows, and unlike before when that is given (a window
// that has just opened); the test fails if that never happens.
QImage paintedScreenshot(const QString &display, const QString &path, const QImage &before = {})
{
    QImage image;
    std::string why;
    const bool painted = coach::test::waitFor(
        [&] {
            image = screenshot(display, path);
            return looksPainted(image, &why) && (before.isNull() || image != before);
        },
        kPatienceMs);
    INFO(why);
    CHECK(painted);
    return image;
}

class RunningApp
{
public:
    RunningApp(const Xvfb &x, const QStringList &arguments, const QString &lang = QStringLiteral("C.UTF-8"))
    {
        QProcessEnvironment env = headlessEnvironment();
        env.insert(QStringLiteral("DISPLAY"), x.display());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("LANG"), lang);
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(kApp, arguments);
        REQUIRE(m_process.waitForStarted());
        m_pid = m_process.processId();
    }
    ~RunningApp()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    qint64 pid() const { return m_pid; } // as started, also once it has ended
    // SIGKILL: the program gets no chance to tidy up, as in a crash or a power cut.
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

private:
    QProcess m_process;
    qint64 m_pid = 0;
};

// Sends keys to the program's main window, as a person's keyboard would, once the window is mapped (a
// window that is listed may not be yet on a slow build).
void pressKeys(const QString &display, const QString &keys)
{
    const QStringList arguments{QStringLiteral("search"),
                                QStringLiteral("--onlyvisible"),
                                QStringLiteral("--name"),
                                QStringLiteral("^Interview Coach$"),
                                QStringLiteral("windowfocus"),
                                QStringLiteral("--sync"),
                                QStringLiteral("key"),
                                QStringLiteral("--clearmodifiers"),
                                keys};
    INFO("keys " << keys << " to the main window");
    REQUIRE(coach::test::waitFor(
        [&] { return runOnDisplay(display, QStringLiteral("xdotool"), arguments).exitCode == 0; },
        kPatienceMs));
}

// Sends keys to a window of the program other than the main window (a dialog, the mock interview), once
// the window whose title starts with title has the focus.
void pressKeysToFocused(const QString &display, const QString &title, const QString &keys)
{
    QString focused;
    const bool found = coach::test::waitFor(
        [&] {
            focused = focusedWindow(display);
            return focused.startsWith(title);
        },
        kPatienceMs);
    INFO("keys " << keys << " to \"" << title << "\"; the focus is on \"" << focused << '"');
    REQUIRE(found);
    REQUIRE(runOnDisplay(display, QStringLiteral("xdotool"),
                         {QStringLiteral("key"), QStringLiteral("--clearmodifiers"), keys})
                .exitCode == 0);
}

// The processes of the program's visible main windows (as the windows say it, in _NET_WM_PID).
QList<qint64> windowPids(const QString &display)
{
    const QString out = runOnDisplay(display, QStringLiteral("xdotool"),
                                     {QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                                      QStringLiteral("--name"), QStringLiteral("^Interview Coach$"),
                                      QStringLiteral("getwindowpid"), QStringLiteral("%@")})
                            .out;
    QList<qint64> pids;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
        pids.append(line.trimmed().toLongLong());
    return pids;
}

// The process of the program's visible main window; 0 when none.
qint64 windowPid(const QString &display)
{
    const QList<qint64> pids = windowPids(display);
    return pids.isEmpty() ? 0 : pids.first();
}

// Waits until the take being recorded into folder holds audio up to ms milliseconds; returns what it holds.
qint64 waitForRecorded(const QString &folder, qint64 ms)
{
    qint64 recorded = 0;
    const bool reached = coach::test::waitFor(
        [&] {
            recorded = coach::test::partialTakeMs(folder);
            return recorded >= ms;
        },
        kPatienceMs);
    INFO("the take holds " << recorded << " ms, waited for " << ms << " ms");
    REQUIRE(reached);
    return recorded;
}

// Runs one query on the program's database with the sqlite3 shell (WAL lets it read beside the program).
QString query(const QString &database, const QString &sql)
{
    QProcess sqlite;
    sqlite.start(requireTool(QStringLiteral("sqlite3")), {database, sql});
    REQUIRE(sqlite.waitForFinished(10000));
    return QString::fromUtf8(sqlite.readAllStandardOutput()).trimmed();
}

QString screenshotPath(const QString &name)
{
    return QDir(QStringLiteral(COACH_SCREENSHOT_DIR)).filePath(name);
}

} // namespace

TEST_CASE("--version and --help work without a display", "[app]")
{
    const Output version = run({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("interview-coach 0.")));

    const Output help = run({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--data-dir <dir>")));
    CHECK(help.out.contains(QStringLiteral("--lang <code>")));

    const Output bad = run({QStringLiteral("--no-such-option")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("no-such-option")));
}

TEST_CASE("--analyze prints the figures of a recording as JSON, and refuses what is not one", "[app]")
{
    QTemporaryDir dir;
    const QString wav =
        coach::test::makeSpeechWav(dir.path(), QStringLiteral("I added an index. Then I measured it."));
    const Output good = run({QStringLiteral("--analyze"), wav});
    CHECK(good.exitCode == 0);
    const QJsonObject figures = QJsonDocument::fromJson(good.out.toUtf8()).object();
    for (const char *key : {"duration_ms", "speaking_ms", "first_word_ms", "pause_count_05s",
                            "pause_count_2s", "longest_pause_ms", "speaking_rate_wpm", "articulation_wpm",
                            "peak_dbfs", "speech_level_dbfs", "clipped", "pauses"})
        CHECK(figures.contains(QLatin1String(key)));
    CHECK(figures.value(QStringLiteral("speaking_ms")).toInt() > 1000);
    CHECK(figures.value(QStringLiteral("articulation_wpm")).toDouble() > 80);

    coach::test::writeFile(dir.filePath(QStringLiteral("empty.wav")), "");
    coach::test::writeFile(dir.filePath(QStringLiteral("notes.opus")), "just some notes");
    coach::test::writeFile(dir.filePath(QStringLiteral("cut.wav")), coach::test::readFile(wav).left(30));
    coach::test::writeFile(dir.filePath(QStringLiteral("cut.opus")),
                           QByteArray("OggS") + QByteArray(40, '\0'));
    for (const QString &bad :
         {QStringLiteral("empty.wav"), QStringLiteral("notes.opus"), QStringLiteral("cut.wav"),
          QStringLiteral("cut.opus"), QStringLiteral("missing.wav"), QString()}) {
        INFO(bad.toStdString());
        const Output refused =
            run({QStringLiteral("--analyze"), dir.filePath(bad)}); // "" names the folder itself
        CHECK(refused.exitCode != 0);
        CHECK(refused.out.isEmpty());
        CHECK(refused.err.trimmed().count(u'\n') == 0);
        CHECK_FALSE(refused.err.trimmed().isEmpty());
    }
}

// pocketsphinx is loaded only to listen for key points: a copy that cannot be loaded (here an empty file
// found first on the library path) is named in one line, and the other figures do not need it.
TEST_CASE("--analyze --key-points without a speech library that loads says so in one line", "[app]")
{
    QTemporaryDir dir;
    const QString wav = coach::test::makeSpeechWav(dir.path(), QStringLiteral("We added a composite index."));
    QDir(dir.path()).mkpath(QStringLiteral("lib"));
    coach::test::writeFile(dir.filePath(QStringLiteral("lib/libpocketsphinx.so.3")), QByteArray());
    QProcessEnvironment env = headlessEnvironment();
    env.insert(QStringLiteral("LD_LIBRARY_PATH"), dir.filePath(QStringLiteral("lib")));

    const Output refused = run(
        {QStringLiteral("--analyze"), wav, QStringLiteral("--key-points"), QStringLiteral("composite index")},
        env);
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err.contains(QStringLiteral("libpocketsphinx3")));
    CHECK(refused.err.trimmed().count(u'\n') == 0);

    const Output figures = run({QStringLiteral("--analyze"), wav}, env);
    CHECK(figures.exitCode == 0);
    CHECK(QJsonDocument::fromJson(figures.out.toUtf8()).object().contains(QStringLiteral("speaking_ms")));
}

TEST_CASE("--backup without a libarchive that loads names it and writes nothing", "[app]")
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("lib"));
    coach::test::writeFile(dir.filePath(QStringLiteral("lib/libarchive.so.13")), QByteArray());
    const QString profile = dir.filePath(QStringLiteral("profile"));
    QProcess generator;
    generator.start(QStringLiteral(COACH_GENERATOR_PATH), {profile, QStringLiteral("20")});
    REQUIRE(generator.waitForFinished(kPatienceMs));
    REQUIRE(generator.exitCode() == 0);
    QProcessEnvironment env = headlessEnvironment();
    env.insert(QStringLiteral("LD_LIBRARY_PATH"), dir.filePath(QStringLiteral("lib")));
    const QString archive = dir.filePath(QStringLiteral("backup.tar"));

    const Output refused =
        run({QStringLiteral("--data-dir"), profile, QStringLiteral("--backup"), archive}, env);
    CHECK(refused.exitCode != 0);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err.contains(QStringLiteral("libarchive.so.13 could not be loaded")));
    CHECK_FALSE(QFileInfo::exists(archive));
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("--analyze of an Ogg Opus take without a libopusfile that loads names it", "[app]")
{
    QTemporaryDir dir;
    const QString wav = coach::test::makeSpeechWav(dir.path(), QStringLiteral("We added a composite index."));
    const std::vector<qint16> samples = coach::test::readWavSamples(wav);
    const QString take = dir.filePath(QStringLiteral("take.opus"));
    {
        auto writer = coach::OpusFileWriter::create(take, 48000, 1);
        REQUIRE(writer.ok());
        REQUIRE(writer.value()->write(samples).ok());
        REQUIRE(writer.value()->finish().ok());
    }
    QDir(dir.path()).mkpath(QStringLiteral("lib"));
    coach::test::writeFile(dir.filePath(QStringLiteral("lib/libopusfile.so.0")), QByteArray());
    QProcessEnvironment env = headlessEnvironment();
    env.insert(QStringLiteral("LD_LIBRARY_PATH"), dir.filePath(QStringLiteral("lib")));

    const Output refused = run({QStringLiteral("--analyze"), take}, env);
    CHECK(refused.exitCode != 0);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err.contains(QStringLiteral("libopusfile.so.0 could not be loaded")));

    // The same take with the library there: the figures.
    const Output figures = run({QStringLiteral("--analyze"), take});
    CHECK(figures.exitCode == 0);
    CHECK(QJsonDocument::fromJson(figures.out.toUtf8()).object().contains(QStringLiteral("speaking_ms")));
}

TEST_CASE("--lang de and a German locale speak German", "[app]")
{
    const Output help = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("Zeigt diese Hilfe an und beendet das Programm.")));

    QProcessEnvironment german = headlessEnvironment();
    german.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    const Output localeHelp = run({QStringLiteral("--help")}, german);
    CHECK(localeHelp.out.contains(QStringLiteral("Zeigt diese Hilfe an und beendet das Programm.")));
}

TEST_CASE("The program opens its window in a real X server and paints it", "[app][x11]")
{
    QTemporaryDir dataDir;
    REQUIRE(dataDir.isValid());
    Xvfb x;
    RunningApp app(x, {QStringLiteral("--data-dir"), dataDir.path()});
    REQUIRE(coach::test::waitFor([&] { return windowShown(x.display(), QStringLiteral("Interview Coach")); },
                                 kPatienceMs));
    REQUIRE(app.isRunning());
    const QImage image =
        paintedScreenshot(x.display(), screenshotPath(QStringLiteral("interview-coach.png")));
    CHECK(image.width() == 1280);
    CHECK(QFile::exists(dataDir.filePath(QStringLiteral("coach.sqlite"))));
}

TEST_CASE("Before the first paint no image format plugin and no sound library is loaded", "[app][x11]")
{
    QTemporaryDir dataDir;
    REQUIRE(dataDir.isValid());
    Xvfb x;
    QProcessEnvironment env = headlessEnvironment();
    env.insert(QStringLiteral("DISPLAY"), x.display());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("COACH_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    // The loader names each library as it loads it, on the same pipe as the program's "first-paint" line.
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(kApp, {QStringLiteral("--data-dir"), dataDir.path()});
    REQUIRE(process.waitForFinished(kPatienceMs));
    const QString output = QString::fromLocal8Bit(process.readAllStandardOutput());
    const qsizetype painted = output.indexOf(QStringLiteral("\nfirst-paint\n"));
    REQUIRE(painted > 0);
    const QString beforePaint = output.left(painted);
    // The check is real: the loader's lines are there, with the platform plugin among them.
    REQUIRE(beforePaint.contains(QStringLiteral("/platforms/libqxcb.so")));
    CHECK_FALSE(beforePaint.contains(QStringLiteral("/imageformats/")));
    CHECK_FALSE(beforePaint.contains(QStringLiteral("interview-coach-media")));
    CHECK_FALSE(beforePaint.contains(QStringLiteral("libQt6Multimedia")));
    CHECK_FALSE(beforePaint.contains(QStringLiteral("libopus")));
}

namespace {

// The ids of the banks that come with the program (as its resources folder holds them) whose language is
// language, or all the others when inLanguage is false; sorted.
QStringList bundledBankIds(const QString &language, bool inLanguage = true)
{
    const QDir folder(QStringLiteral(COACH_SOURCE_DIR "/resources/banks"));
    const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 2);
    QStringList ids;
    for (const QString &file : files) {
        const auto bank = coach::BankLoader::loadFile(folder.filePath(file));
        INFO(bank.error());
        REQUIRE(bank.ok());
        if ((bank->language == language) == inLanguage)
            ids << bank->id;
    }
    ids.sort();
    return ids;
}

// The roles the program has saved in the profile's settings, sorted.
QStringList savedRoles(const QString &dataDir)
{
    QStringList roles =
        QSettings(QDir(dataDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
            .value(QStringLiteral("roles/banks"))
            .toStringList();
    roles.sort();
    return roles;
}

} // namespace

TEST_CASE("At first start the roles are offered over the question list, and a key chooses them", "[app][x11]")
{
    const QStringList english = bundledBankIds(QStringLiteral("en"));
    const QStringList others = bundledBankIds(QStringLiteral("en"), false);
    REQUIRE_FALSE(english.isEmpty());
    REQUIRE(others.contains(QStringLiteral("allgemeine-fragen-de")));
    QTemporaryDir dataDir;
    REQUIRE(dataDir.isValid());
    Xvfb x;
    RunningApp app(x, {QStringLiteral("--data-dir"), dataDir.path()});
    REQUIRE(coach::test::waitFor([&] { return windowShown(x.display(), QStringLiteral("Interview Coach")); },
                                 kPatienceMs));
    paintedScreenshot(x.display(), screenshotPath(QStringLiteral("roles-first-start.png")));
    CHECK(savedRoles(dataDir.path()).isEmpty());
    // The window's own keys work while the panel shows: Ctrl+H opens the History, and chooses nothing.
    pressKeys(x.display(), QStringLiteral("ctrl+h"));
    CHECK(coach::test::waitFor(
        [&] { return focusedWindow(x.display()).startsWith(QStringLiteral("History of Attempts")); },
        kPatienceMs));
    CHECK(savedRoles(dataDir.path()).isEmpty());
    // "Start practising" answers its mnemonic only while the panel shows; the English banks are ticked, and
    // only they are saved.
    pressKeys(x.display(), QStringLiteral("alt+a"));
    CHECK(coach::test::waitFor([&] { return !savedRoles(dataDir.path()).isEmpty(); }, kPatienceMs));
    CHECK(savedRoles(dataDir.path()) == english);
    REQUIRE(app.isRunning());
}

TEST_CASE("At first start in German the German bank is ticked, and starting saves it alone", "[app][x11]")
{
    const QStringList german = bundledBankIds(QStringLiteral("de"));
    REQUIRE(german.contains(QStringLiteral("allgemeine-fragen-de")));
    QTemporaryDir dataDir;
    REQUIRE(dataDir.isValid());
    Xvfb x;
    RunningApp app(
        x, {QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("--lang"), QStringLiteral("de")});
    REQUIRE(coach::test::waitFor([&] { return windowShown(x.display(), QStringLiteral("Interview Coach")); },
                                 kPatienceMs));
    paintedScreenshot(x.display(), screenshotPath(QStringLiteral("roles-first-start-de.png")));
    CHECK(savedRoles(dataDir.path()).isEmpty());
    // "Mit dem Üben b&eginnen" answers Alt+E while the panel shows (a letter no other visible label of the
    // German window uses: a key two widgets share only moves the focus between them).
    pressKeys(x.display(), QStringLiteral("alt+e"));
    CHECK(coach::test::waitFor([&] { return !savedRoles(dataDir.path()).isEmpty(); }, kPatienceMs));
    CHECK(savedRoles(dataDir.path()) == german);
    REQUIRE(app.isRunning());
}

TEST_CASE("A database from a newer version stops the program with a message, untouched", "[app][x11]")
{
    QTemporaryDir dataDir;
    const QString path = dataDir.filePath(QStringLiteral("coach.sqlite"));
    {
        QProcess sqlite;
        sqlite.start(requireTool(QStringLiteral("sqlite3")),
                     {path, QStringLiteral("PRAGMA user_version = 4242;")});
        REQUIRE(sqlite.waitForFinished(10000));
        REQUIRE(sqlite.exitCode() == 0);
    }
    const QByteArray before = coach::test::readFile(path);
    Xvfb x;
    RunningApp app(x, {QStringLiteral("--data-dir"), dataDir.path()});
    REQUIRE(coach::test::waitFor(
        [&] { return windowShown(x.display(), QStringLiteral("Interview Coach cannot start"), true); },
        kPatienceMs));
    screenshot(x.display(),
               QDir(QStringLiteral(COACH_SCREENSHOT_DIR)).filePath(QStringLiteral("newer-database.png")));
    CHECK(coach::test::readFile(path) == before);
}

TEST_CASE("A whole take with Ctrl+R through the real main window", "[app][x11][audio]")
{
    coach::test::requireAudioHarness();
    QTemporaryDir dataDir;
    const QString wav = coach::test::makeSpeechWav(
        dataDir.path(),
        QStringLiteral("I build APIs and background workers, and I care about reliable releases."));
    Xvfb x;
    RunningApp app(x, {QStringLiteral("--data-dir"), dataDir.path()});
    REQUIRE(coach::test::waitFor([&] { return windowShown(x.display(), QStringLiteral("Interview Coach")); },
                                 kPatienceMs));
    const QString db = dataDir.filePath(QStringLiteral("coach.sqlite"));
    const QString recordings = dataDir.filePath(QStringLiteral("recordings"));

    pressKeys(x.display(), QStringLiteral("ctrl+r"));
    // The microphone is open once the take's first audio reaches its file.
    waitForRecorded(recordings, 1);
    coach::test::speakIntoMicrophone(wav);
    screenshot(x.display(), screenshotPath(QStringLiteral("recording.png")));
    pressKeys(x.display(), QStringLiteral("ctrl+r"));

    REQUIRE(coach::test::waitFor(
        [&] { return query(db, QStringLiteral("SELECT count(*) FROM attempts")) == u'1'; }, kPatienceMs));
    const QStringList row =
        query(db, QStringLiteral("SELECT question_id, duration_ms, audio_path, status FROM attempts"))
            .split(u'|');
    REQUIRE(row.size() == 4);
    CHECK(row.at(0) == QStringLiteral("be-tell-me-about-yourself")); // the first question on a fresh profile
    CHECK(row.at(3) == QStringLiteral("complete"));
    const auto decoded = coach::OpusFileReader::decode(dataDir.filePath(row.at(2)));
    REQUIRE(decoded.ok());
    CHECK(decoded->durationMs() == Approx(row.at(1).toLongLong()).margin(100));
    CHECK(coach::test::speechSpanMs(decoded->samples) ==
          Approx(coach::test::speechSpanMs(coach::test::readWavSamples(wav))).epsilon(0.05));
    // The take's figures are computed and shown.
    CHECK(coach::test::waitFor(
        [&] { return query(db, QStringLiteral("SELECT count(*) FROM attempt_figures")) == u'1'; },
        kPatienceMs));
    screenshot(x.display(), screenshotPath(QStringLiteral("recorded.png")));
}

TEST_CASE("A take killed mid-way is recovered on the next start", "[app][x11][audio]")
{
    coach::test::requireAudioHarness();
    QTemporaryDir dataDir;
    const QString wav = coach::test::makeSpeechWav(
        dataDir.path(),
        QStringLiteral(
            "The outage started on a Friday evening. Orders were charged twice because a retry ran after "
            "a timeout. I added an idempotency key, replayed the queue safely, and wrote a test that "
            "kills the worker halfway, so it cannot happen again without us knowing."));
    const QString db = dataDir.filePath(QStringLiteral("coach.sqlite"));
    qint64 onDiskMs = 0;
    {
        Xvfb x;
        RunningApp app(x, {QStringLiteral("--data-dir"), dataDir.path()});
        REQUIRE(coach::test::waitFor(
            [&] { return windowShown(x.display(), QStringLiteral("Interview Coach")); }, kPatienceMs));
        QProcess speech;
        speech.start(QStandardPaths::findExecutable(QStringLiteral("paplay")),
                     {QStringLiteral("--device=micfeed"), wav});
        pressKeys(x.display(), QStringLiteral("ctrl+r"));
        // Killed once ten seconds of the take are on disk (its pages reach the disk every quarter second).
        onDiskMs = waitForRecorded(dataDir.filePath(QStringLiteral("recordings")), 10000);
        app.kill();
        speech.kill();
        speech.waitForFinished(3000);
        const QStringList partial = QDir(dataDir.filePath(QStringLiteral("recordings")))
                                        .entryList({QStringLiteral("*.partial")}, QDir::Files);
        REQUIRE(partial.size() == 1);
        CHECK(query(db, QStringLiteral("SELECT count(*) FROM attempts")) == u'0');
    }
    Xvfb x;
    RunningApp app(x, {QStringLiteral("--data-dir"), dataDir.path()});
    REQUIRE(coach::test::waitFor([&] { return windowShown(x.display(), QStringLiteral("Interview Coach")); },
                                 kPatienceMs));
    REQUIRE(coach::test::waitFor(
        [&] { return query(db, QStringLiteral("SELECT count(*) FROM attempts")) == u'1'; }, kPatienceMs));
    const QStringList row =
        query(db, QStringLiteral("SELECT duration_ms, audio_path, status FROM attempts")).split(u'|');
    REQUIRE(row.size() == 3);
    CHECK(row.at(2) == QStringLiteral("recovered"));
    const qint64 recoveredMs = row.at(0).toLongLong();
    WARN("recovered " << recoveredMs << " ms of a take killed with " << onDiskMs << " ms on disk");
    CHECK(recoveredMs >= onDiskMs - 100); // what reached the disk, less at most the encoder's pre-skip
    CHECK_FALSE(row.at(1).endsWith(QStringLiteral(".partial")));
    const auto decoded = coach::OpusFileReader::decode(dataDir.filePath(row.at(1)));
    REQUIRE(decoded.ok());
    CHECK(decoded->durationMs() == Approx(recoveredMs).margin(100));
    CHECK(coach::test::speechSpanMs(decoded->samples) > 5000);
    // The recovered take gets its figures, and the window shows them.
    CHECK(coach::test::waitFor(
        [&] { return query(db, QStringLiteral("SELECT count(*) FROM attempt_figures")) == u'1'; },
        kPatienceMs));
    screenshot(x.display(), screenshotPath(QStringLiteral("recovered.png")));
}

TEST_CASE("A history of 100,000 attempts: Progress and History open by key, a key rates a take", "[app][x11]")
{
    QTemporaryDir dataDir;
    {
        QProcess generator;
        generator.start(QStringLiteral(COACH_GENERATOR_PATH), {dataDir.path(), QStringLiteral("100000")});
        REQUIRE(generator.waitForFinished(120000));
        REQUIRE(generator.exitCode() == 0);
    }
    const QString db = dataDir.filePath(QStringLiteral("coach.sqlite"));
    Xvfb x;
    RunningApp app(x, {QStringLiteral("--data-dir"), dataDir.path()});
    REQUIRE(coach::test::waitFor([&] { return windowShown(x.display(), QStringLiteral("Interview Coach")); },
                                 kPatienceMs));
    const QImage window = paintedScreenshot(x.display(), screenshotPath(QStringLiteral("history-start.png")));

    // Each window has opened once it has the focus, and is painted once the screen has changed.
    pressKeys(x.display(), QStringLiteral("ctrl+g"));
    REQUIRE(coach::test::waitFor(
        [&] { return focusedWindow(x.display()).startsWith(QStringLiteral("Progress")); }, kPatienceMs));
    const QImage progress =
        paintedScreenshot(x.display(), screenshotPath(QStringLiteral("progress.png")), window);

    pressKeys(x.display(), QStringLiteral("ctrl+h"));
    REQUIRE(coach::test::waitFor(
        [&] { return focusedWindow(x.display()).startsWith(QStringLiteral("History of Attempts")); },
        kPatienceMs));
    paintedScreenshot(x.display(), screenshotPath(QStringLiteral("history.png")), progress);

    // The newest take of the first question is selected; key 2 rates it "Hard".
    const QString newest =
        query(db, QStringLiteral("SELECT id FROM attempts WHERE question_id = "
                                 "'be-tell-me-about-yourself' ORDER BY started_at DESC LIMIT 1"));
    query(db, QStringLiteral("UPDATE attempts SET rating = NULL WHERE id = %1").arg(newest));
    pressKeys(x.display(), QStringLiteral("2"));
    CHECK(coach::test::waitFor(
        [&] {
            return query(db, QStringLiteral("SELECT rating FROM attempts WHERE id = %1").arg(newest)) == u'2';
        },
        kPatienceMs));
    REQUIRE(app.isRunning());
}

TEST_CASE("A two-question mock interview: read aloud, answered into the microphone, stored and summed up",
          "[app][x11][audio][mock]")
{
    coach::test::requireAudioHarness();
    QTemporaryDir dataDir;
    const QString wav = coach::test::makeSpeechWav(
        dataDir.path(),
        QStringLiteral("I led the migration of our billing service to a queue, and the error rate "
                       "fell by half in a month."));
    const qint64 spokenMs = coach::test::speechSpanMs(coach::test::readWavSamples(wav));
    // Two questions, one second to think: the choices of the options dialog, remembered from "last time".
    coach::test::writeFile(dataDir.filePath(QStringLiteral("settings.ini")),
                           "[mock]\nquestionCount=2\nthinkingSeconds=1\n");
    // Everything the program plays reaches the null sink "speaker"; its monitor is recorded meanwhile.
    QProcess speaker;
    speaker.start(requireTool(QStringLiteral("parec")),
                  {QStringLiteral("-d"), QStringLiteral("speaker.monitor"), QStringLiteral("--format=s16le"),
                   QStringLiteral("--rate=16000"), QStringLiteral("--channels=1"), QStringLiteral("--raw")});
    REQUIRE(speaker.waitForStarted());
    QElapsedTimer sinceCapture;
    sinceCapture.start();

    Xvfb x;
    RunningApp app(x, {QStringLiteral("--data-dir"), dataDir.path()});
    REQUIRE(coach::test::waitFor([&] { return windowShown(x.display(), QStringLiteral("Interview Coach")); },
                                 kPatienceMs));
    pressKeys(x.display(), QStringLiteral("ctrl+m"));
    pressKeysToFocused(x.display(), QStringLiteral("Mock Interview"), QStringLiteral("Return"));
    const qint64 startedAt = sinceCapture.elapsed();

    const QString recordingsPath = dataDir.filePath(QStringLiteral("recordings"));
    const QDir recordings(recordingsPath);
    const auto partials = [&] {
        return recordings.entryList({QStringLiteral("*.partial")}, QDir::Files).size();
    };
    for (int question = 0; question < 2; ++question) {
        // Recording starts by itself after the question is read and the thinking time is over.
        REQUIRE(coach::test::waitFor([&] { return partials() == 1; }, kPatienceMs));
        if (question == 0)
            screenshot(x.display(), screenshotPath(QStringLiteral("mock-recording.png")));
        // Spoken once the microphone delivers (audio reaches the take's file); the answer ends once the
        // file holds the end of the speech and a little after it.
        waitForRecorded(recordingsPath, 1);
        coach::test::speakIntoMicrophone(wav);
        waitForRecorded(recordingsPath, coach::test::partialTakeMs(recordingsPath) + 500);
        pressKeysToFocused(x.display(), QStringLiteral("Mock Interview"), QStringLiteral("space"));
        REQUIRE(coach::test::waitFor([&] { return partials() == 0; }, kPatienceMs));
    }
    REQUIRE(coach::test::waitFor(
        [&] { return windowShown(x.display(), QStringLiteral("Mock Interview: Summary"), true); },
        kPatienceMs));
    // The figures of both answers are computed, then shown in the summary.
    const QString db = dataDir.filePath(QStringLiteral("coach.sqlite"));
    CHECK(coach::test::waitFor(
        [&] {
            return query(db,
                         QStringLiteral("SELECT count(*) FROM attempt_figures f JOIN attempts a ON a.id = "
                                        "f.attempt_id WHERE a.mock_session_id IS NOT NULL")) == u'2';
        },
        kPatienceMs));
    paintedScreenshot(x.display(), screenshotPath(QStringLiteral("mock-summary.png")));

    CHECK(query(db, QStringLiteral("SELECT count(*) FROM mock_sessions WHERE ended_at IS NOT NULL")) == u'1');
    CHECK(query(db, QStringLiteral("SELECT json_array_length(question_ids) FROM mock_sessions")) == u'2');
    CHECK(query(db, QStringLiteral("SELECT ended_early FROM mock_sessions")) == u'0');
    const qint64 totalMs = query(db, QStringLiteral("SELECT total_ms FROM mock_sessions")).toLongLong();
    CHECK(totalMs > 2 * spokenMs);
    const QStringList lengths =
        query(db, QStringLiteral("SELECT duration_ms FROM attempts WHERE mock_session_id IS NOT NULL "
                                 "ORDER BY started_at"))
            .split(u'\n');
    REQUIRE(lengths.size() == 2);
    for (const QString &length : lengths) {
        INFO("answer " << length.toStdString() << " ms, speech " << spokenMs << " ms");
        CHECK(length.toLongLong() >= spokenMs);
        CHECK(length.toLongLong() <= spokenMs + 4000);
    }
    CHECK(query(db, QStringLiteral("SELECT count(DISTINCT question_id) FROM attempts")) == u'2');

    // The questions were read aloud: sound at the speaker sink, starting shortly after the interview began.
    speaker.terminate();
    speaker.waitForFinished(5000);
    const QByteArray raw = speaker.readAllStandardOutput();
    const auto *samples = reinterpret_cast<const qint16 *>(raw.constData());
    const qsizetype count = raw.size() / 2;
    constexpr qsizetype kWindow = 1600; // 100 ms at 16 kHz
    qint64 firstSoundMs = -1;
    double loudest = 0;
    for (qsizetype at = 0; at + kWindow <= count; at += kWindow) {
        double sum = 0;
        for (qsizetype i = at; i < at + kWindow; ++i)
            sum += static_cast<double>(samples[i]) * samples[i];
        const double rms = std::sqrt(sum / kWindow);
        loudest = std::max(loudest, rms);
        if (rms > 300 && firstSoundMs < 0 && at / 16 >= startedAt)
            firstSoundMs = at / 16;
    }
    INFO("loudest 100 ms at the speaker: rms " << loudest);
    CHECK(loudest > 1000);
    REQUIRE(firstSoundMs >= 0);
    std::printf("mock interview: the first question was heard %lld ms after Return started the interview\n",
                static_cast<long long>(firstSoundMs - startedAt));
}

TEST_CASE("A damaged database: the program offers the newest backup, keeps the damaged file, and starts",
          "[app][x11]")
{
    // Found before a schema update (checked as the file is opened), or on a start with the current schema
    // (checked beside the start-up; the program then starts again on the restored file).
    const bool olderSchema = GENERATE(true, false);
    INFO((olderSchema ? "schema 5, updated on start" : "current schema"));
    QTemporaryDir dataDir;
    const QString db = dataDir.filePath(QStringLiteral("coach.sqlite"));
    // A profile, as an older version left it or as this one does, with its automatic backup.
    {
        QProcess generator;
        generator.start(QStringLiteral(COACH_GENERATOR_PATH), {dataDir.path(), QStringLiteral("2000")});
        REQUIRE(generator.waitForFinished(60000));
        REQUIRE(generator.exitCode() == 0);
    }
    const QString latest = query(db, QStringLiteral("PRAGMA user_version"));
    if (olderSchema) {
        query(
            db,
            QStringLiteral(
                "DROP TABLE attempt_key_point_runs; DROP TABLE attempt_key_points; "
                "DROP TABLE question_key_points; DROP INDEX attempts_best_of_question; ALTER TABLE attempts "
                "DROP COLUMN best; DROP TABLE attempt_rubric; ALTER TABLE attempts DROP COLUMN "
                "rubric_points; "
                "ALTER TABLE questions DROP COLUMN hidden; DROP INDEX attempts_by_mock_session; "
                "ALTER TABLE attempts DROP COLUMN mock_session_id; DROP TABLE mock_sessions; "
                "ALTER TABLE questions DROP COLUMN follow_ups; ALTER TABLE banks DROP COLUMN "
                "position; ALTER TABLE attempts DROP COLUMN follow_up_of; "
                "PRAGMA user_version = 5;"));
        REQUIRE(query(db, QStringLiteral("PRAGMA user_version")) == u'5');
    }
    query(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);"));
    QDir().mkpath(dataDir.filePath(QStringLiteral("backups")));
    REQUIRE(QFile::copy(db, dataDir.filePath(QStringLiteral("backups/coach-20261101-090000-daily.sqlite"))));
    // Then a page in the middle is lost.
    {
        QFile file(db);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2 / 4096 * 4096);
        file.write(QByteArray(4096, '\xab'));
    }
    const QByteArray damaged = coach::test::readFile(db);

    Xvfb x;
    RunningApp app(x, {QStringLiteral("--data-dir"), dataDir.path()});
    REQUIRE(coach::test::waitFor(
        [&] { return windowShown(x.display(), QStringLiteral("Interview Coach: damaged database"), true); },
        kPatienceMs));
    const QString question = QStringLiteral("Interview Coach: damaged database");
    REQUIRE(
        coach::test::waitFor([&] { return focusedWindow(x.display()).startsWith(question); }, kPatienceMs));
    screenshot(x.display(), screenshotPath(QStringLiteral("damaged-database.png")));
    CHECK(coach::test::readFile(db) == damaged); // nothing written while asking
    // "Restore the Backup" is the default.
    pressKeysToFocused(x.display(), question, QStringLiteral("Return"));
    REQUIRE(coach::test::waitFor([&] { return windowShown(x.display(), QStringLiteral("Interview Coach")); },
                                 kPatienceMs));
    if (olderSchema) {
        REQUIRE(app.isRunning());
    } else {
        // The window is the new program's: the first one closed its database and ended.
        const qint64 first = app.pid();
        qint64 restarted = 0;
        const bool found = coach::test::waitFor(
            [&] {
                restarted = windowPid(x.display());
                return restarted > 0 && restarted != first;
            },
            kPatienceMs);
        CHECK(coach::test::waitFor([&] { return !app.isRunning(); }, kPatienceMs));
        if (restarted > 0 && restarted != first)
            ::kill(static_cast<pid_t>(restarted), SIGTERM);
        if (!found) // what was shown instead (a program left waiting is reported by tests/support/isolated)
            UNSCOPED_INFO("windows: " << runOnDisplay(x.display(), QStringLiteral("xwininfo"),
                                                      {QStringLiteral("-root"), QStringLiteral("-tree")})
                                             .out.toStdString());
        REQUIRE(found);
    }
    // The damaged file is kept as it was, with its log (if any) beside it. The restore is waited for: a
    // window of that title can be listed before it is through (Qt's own hidden window carries the
    // program's name from the first dialog on).
    QStringList aside;
    REQUIRE(coach::test::waitFor(
        [&] {
            aside = QDir(dataDir.path()).entryList({QStringLiteral("coach.sqlite.damaged-*")}, QDir::Files);
            aside.removeIf([](const QString &name) {
                return name.endsWith(QStringLiteral("-wal")) || name.endsWith(QStringLiteral("-shm"));
            });
            // (The copy goes in as coach.sqlite.restoring, renamed last.)
            return aside.size() == 1 && !QFile::exists(db + QStringLiteral(".restoring"));
        },
        kPatienceMs));
    CHECK(coach::test::readFile(dataDir.filePath(aside.first())) == damaged);
    CHECK(coach::test::waitFor(
        [&] { return query(db, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"); },
        kPatienceMs));
    CHECK(query(db, QStringLiteral("SELECT count(*) FROM attempts")) == QStringLiteral("2000"));
    // The window can be listed before the update is through (slow builds): wait for the schema.
    CHECK(coach::test::waitFor([&] { return query(db, QStringLiteral("PRAGMA user_version")) == latest; },
                               kPatienceMs));
}

TEST_CASE("A data folder that cannot be written to: the program says why, shows what is there, saves nothing",
          "[app][x11][.mount]")
{
    const bool fullDisk = GENERATE(false, true);
    INFO((fullDisk ? "a full disk" : "a read-only folder"));
    QTemporaryDir dataDir;
    const auto generate = [&] {
        QProcess generator;
        generator.start(QStringLiteral(COACH_GENERATOR_PATH), {dataDir.path(), QStringLiteral("200")});
        REQUIRE(generator.waitForFinished(60000));
        REQUIRE(generator.exitCode() == 0);
    };
    // A profile in a folder that then turns read-only, or on a small disk that then fills up.
    if (!fullDisk)
        generate();
    coach::test::Mount disk = fullDisk ? coach::test::Mount::smallDisk(dataDir.path(), 8192)
                                       : coach::test::Mount::readOnly(dataDir.path());
    coach::test::requireMounted(disk);
    if (fullDisk) {
        generate();
        coach::test::fillDisk(dataDir.path());
    }
    const QString db = dataDir.filePath(QStringLiteral("coach.sqlite"));
    const QByteArray before = coach::test::readFile(db);
    const QStringList files = QDir(dataDir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    Xvfb x;
    RunningApp app(x, {QStringLiteral("--data-dir"), dataDir.path()});
    REQUIRE(coach::test::waitFor(
        [&] { return windowShown(x.display(), QStringLiteral("Data folder cannot be written to"), true); },
        kPatienceMs));
    const QString notice = QStringLiteral("Data folder cannot be written to");
    REQUIRE(coach::test::waitFor([&] { return focusedWindow(x.display()).startsWith(notice); }, kPatienceMs));
    screenshot(x.display(), screenshotPath(fullDisk ? QStringLiteral("full-disk.png")
                                                    : QStringLiteral("read-only-folder.png")));
    pressKeysToFocused(x.display(), notice, QStringLiteral("Return"));
    REQUIRE(coach::test::waitFor(
        [&] { return !windowShown(x.display(), QStringLiteral("Data folder cannot be written to"), true); },
        kPatienceMs));
    REQUIRE(windowShown(x.display(), QStringLiteral("Interview Coach")));
    // Recording and rating keys do nothing harmful; the program goes on. Keys are handled in order: once
    // Progress (Ctrl+G) has opened, the two before it have been handled.
    pressKeys(x.display(), QStringLiteral("ctrl+r"));
    pressKeys(x.display(), QStringLiteral("3"));
    pressKeys(x.display(), QStringLiteral("ctrl+g"));
    CHECK(coach::test::waitFor([&] { return windowShown(x.display(), QStringLiteral("Progress"), true); },
                               kPatienceMs));
    CHECK(app.isRunning());
    app.kill();
    CHECK(coach::test::readFile(db) == before);
    CHECK(QDir(dataDir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot) == files);
}

TEST_CASE("A second start with the same profile hands over to the running one", "[app][x11]")
{
    QTemporaryDir dataDir;
    QTemporaryDir otherDir;
    Xvfb x;
    RunningApp first(x, {QStringLiteral("--data-dir"), dataDir.path()});
    REQUIRE(coach::test::waitFor([&] { return windowShown(x.display(), QStringLiteral("Interview Coach")); },
                                 kPatienceMs));
    const QByteArray database = coach::test::readFile(dataDir.filePath(QStringLiteral("coach.sqlite")));

    QProcessEnvironment env = headlessEnvironment();
    env.insert(QStringLiteral("DISPLAY"), x.display());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    QProcess second;
    second.setProcessEnvironment(env);
    second.start(kApp, {QStringLiteral("--data-dir"), dataDir.path()});
    REQUIRE(second.waitForFinished(kPatienceMs));
    CHECK(second.exitCode() == 0);
    CHECK(QString::fromLocal8Bit(second.readAllStandardError()).contains(QStringLiteral("already running")));
    CHECK(first.isRunning());
    CHECK(coach::test::readFile(dataDir.filePath(QStringLiteral("coach.sqlite"))) == database);

    // Another profile is another program: both run.
    RunningApp other(x, {QStringLiteral("--data-dir"), otherDir.path()});
    REQUIRE(coach::test::waitFor([&] { return windowPids(x.display()).contains(other.pid()); }, kPatienceMs));
    CHECK(QFile::exists(otherDir.filePath(QStringLiteral("coach.sqlite"))));
    CHECK(other.isRunning());
    CHECK(first.isRunning());
}

TEST_CASE("--backup and --restore take a whole profile out and put it back, never over a running program",
          "[app]")
{
    QTemporaryDir root;
    const QString profile = root.filePath(QStringLiteral("profile"));
    {
        QProcess generator;
        generator.start(QStringLiteral(COACH_GENERATOR_PATH), {profile, QStringLiteral("300")});
        REQUIRE(generator.waitForFinished(60000));
        REQUIRE(generator.exitCode() == 0);
    }
    QDir(profile).mkpath(QStringLiteral("recordings"));
    coach::test::writeFile(QDir(profile).filePath(QStringLiteral("recordings/take.opus")), "audio");
    const QString archive = root.filePath(QStringLiteral("profile.tar"));
    const Output backup = run({QStringLiteral("--data-dir"), profile, QStringLiteral("--backup"), archive});
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    CHECK(backup.out.trimmed() == archive);

    const QString db = QDir(profile).filePath(QStringLiteral("coach.sqlite"));
    query(db, QStringLiteral("DELETE FROM attempt_figures; DELETE FROM attempts;"));
    QFile::remove(QDir(profile).filePath(QStringLiteral("recordings/take.opus")));
    const Output restore = run({QStringLiteral("--data-dir"), profile, QStringLiteral("--restore"), archive});
    INFO(restore.err.toStdString());
    REQUIRE(restore.exitCode == 0);
    CHECK(restore.out.startsWith(QStringLiteral("Restored.")));
    CHECK(query(db, QStringLiteral("SELECT count(*) FROM attempts")) == QStringLiteral("300"));
    CHECK(coach::test::readFile(QDir(profile).filePath(QStringLiteral("recordings/take.opus"))) == "audio");
    CHECK(QDir(root.path()).entryList({QStringLiteral("profile.before-restore-*")}, QDir::Dirs).size() == 1);

    const Output bad = run({QStringLiteral("--data-dir"), profile, QStringLiteral("--restore"), db});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("is not a profile backup")));

    // With the program running on the profile, a restore is refused.
    Xvfb x;
    RunningApp app(x, {QStringLiteral("--data-dir"), profile});
    REQUIRE(coach::test::waitFor([&] { return windowShown(x.display(), QStringLiteral("Interview Coach")); },
                                 kPatienceMs));
    const Output busy = run({QStringLiteral("--data-dir"), profile, QStringLiteral("--restore"), archive});
    CHECK(busy.exitCode == 1);
    CHECK(busy.err.contains(QStringLiteral("close it before restoring")));
}

namespace {

// A tar archive with one regular coach.sqlite (the bytes given) and one more entry of the given type.
QByteArray hostileArchive(const QByteArray &database, const char *name, unsigned type, const QByteArray &link)
{
    archive *writer = archive_write_new();
    archive_write_set_format_pax_restricted(writer);
    std::vector<char> buffer(database.size() + 64 * 1024);
    size_t used = 0;
    archive_write_open_memory(writer, buffer.data(), buffer.size(), &used);
    const auto add = [&](const char *path, unsigned kind, const QByteArray &content,
                         const QByteArray &target) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, path);
        archive_entry_set_filetype(entry, kind);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_size(entry, content.size());
        if (!target.isEmpty())
            archive_entry_set_symlink(entry, target.constData());
        archive_write_header(writer, entry);
        if (!content.isEmpty())
            archive_write_data(writer, content.constData(), static_cast<size_t>(content.size()));
        archive_entry_free(entry);
    };
    if (type != AE_IFLNK || qstrcmp(name, "coach.sqlite") != 0)
        add("coach.sqlite", AE_IFREG, database, {});
    add(name, type, {}, link);
    archive_write_close(writer);
    archive_write_free(writer);
    return QByteArray(buffer.data(), static_cast<qsizetype>(used));
}

} // namespace

TEST_CASE("--analyze on a FIFO, a folder or a device answers at once with one line", "[app]")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("take.opus"));
    REQUIRE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}) == 0);
    const QString folder = dir.filePath(QStringLiteral("folder.wav"));
    QDir().mkpath(folder);
    for (const auto &[path, what] : {std::pair{fifo, "is a FIFO"}, std::pair{folder, "is a folder"},
                                     std::pair{QStringLiteral("/dev/zero"), "is a device"}}) {
        INFO(path.toStdString());
        QElapsedTimer timer;
        timer.start();
        const Output analysed = run({QStringLiteral("--analyze"), path}); // fails the test after 30 s
        CHECK(timer.elapsed() < 5000);
        CHECK(analysed.exitCode == 1);
        CHECK(analysed.err.contains(QString::fromLatin1(what)));
        CHECK(analysed.err.trimmed().count(u'\n') == 0);
        CHECK(analysed.out.isEmpty());
    }
}

TEST_CASE("A hostile backup is refused on the command line and nothing outside the profile changes", "[app]")
{
    QTemporaryDir root;
    const QString profile = root.filePath(QStringLiteral("profile"));
    {
        QProcess generator;
        generator.start(QStringLiteral(COACH_GENERATOR_PATH), {profile, QStringLiteral("3")});
        REQUIRE(generator.waitForFinished(60000));
        REQUIRE(generator.exitCode() == 0);
    }
    const QString db = QDir(profile).filePath(QStringLiteral("coach.sqlite"));
    const QByteArray database = coach::test::readFile(db);
    const QString outside = root.filePath(QStringLiteral("outside.txt"));
    coach::test::writeFile(outside, "outside");
    struct Case
    {
        const char *name;
        unsigned type;
        QByteArray link;
        const char *message;
    };
    const QList<Case> cases{
        {"recordings/take.opus", AE_IFIFO, {}, "as a FIFO"},
        {"coach.sqlite", AE_IFLNK, outside.toUtf8(), "as a symbolic link"},
        {"recordings", AE_IFLNK, root.path().toUtf8(), "as a symbolic link"},
        {"recordings.sh", AE_IFREG, {}, "not part of a profile"},
        {"../outside.txt", AE_IFREG, {}, "points outside the profile"},
    };
    const QString archive = root.filePath(QStringLiteral("hostile.tar"));
    for (const Case &c : cases) {
        INFO(c.name);
        coach::test::writeFile(archive, hostileArchive(database, c.name, c.type, c.link));
        const Output restored =
            run({QStringLiteral("--data-dir"), profile, QStringLiteral("--restore"), archive});
        CHECK(restored.exitCode == 1);
        CHECK(restored.err.contains(QString::fromLatin1(c.message)));
        CHECK(coach::test::readFile(db) == database);
        CHECK(coach::test::readFile(outside) == "outside");
        CHECK(QDir(root.path())
                  .entryList({QStringLiteral("profile.*")}, QDir::AllEntries | QDir::System | QDir::Hidden)
                  .isEmpty());
    }

    // A folder that holds no profile is not backed up.
    const QString empty = root.filePath(QStringLiteral("empty"));
    const QString backup = root.filePath(QStringLiteral("empty.tar"));
    const Output none = run({QStringLiteral("--data-dir"), empty, QStringLiteral("--backup"), backup});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QStringLiteral("holds no profile to back up")));
    CHECK_FALSE(QFile::exists(backup));
}

TEST_CASE(
    "Six simultaneous starts leave one program, and a start through a link or as another USER hands over",
    "[app][x11]")
{
    QTemporaryDir root;
    const QString profile = root.filePath(QStringLiteral("profile"));
    QDir().mkpath(profile);
    Xvfb x;
    QProcessEnvironment env = headlessEnvironment();
    env.insert(QStringLiteral("DISPLAY"), x.display());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    std::vector<std::unique_ptr<QProcess>> starts;
    for (int i = 0; i < 6; ++i) {
        starts.push_back(std::make_unique<QProcess>());
        starts.back()->setProcessEnvironment(env);
        starts.back()->start(kApp, {QStringLiteral("--data-dir"), profile});
    }
    const auto running = [&] {
        return std::count_if(starts.begin(), starts.end(),
                             [](const auto &p) { return p->state() != QProcess::NotRunning; });
    };
    // Five hand over and end; the one left keeps running through the hand-over below.
    CHECK(coach::test::waitFor([&] { return running() == 1; }, 120000));
    for (const auto &p : starts) {
        if (p->state() == QProcess::NotRunning) {
            CHECK(p->exitCode() == 0);
            CHECK(QString::fromLocal8Bit(p->readAllStandardError())
                      .contains(QStringLiteral("already running")));
        }
    }

    // The same profile through a link, with another USER and TMPDIR.
    const QString link = root.filePath(QStringLiteral("link"));
    REQUIRE(QFile::link(profile, link));
    QProcessEnvironment other = env;
    other.insert(QStringLiteral("USER"), QStringLiteral("somebody-else"));
    other.insert(QStringLiteral("TMPDIR"), root.path());
    QProcess second;
    second.setProcessEnvironment(other);
    second.start(kApp, {QStringLiteral("--data-dir"), link});
    REQUIRE(second.waitForFinished(15000));
    CHECK(second.exitCode() == 0);
    CHECK(QString::fromLocal8Bit(second.readAllStandardError()).contains(QStringLiteral("already running")));
    CHECK(running() == 1);
    for (const auto &p : starts) {
        p->terminate();
        if (!p->waitForFinished(5000))
            p->kill();
    }
}
