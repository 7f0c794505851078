// Key points heard in takes: recall, false alarms and placement measured on synthetic voices, clean and in
// noise; the same result through the virtual microphone; the words the model knows.
#include "audio/keywordspotter.h"
#include "audio/opusfilereader.h"
#include "core/keypoints.h"
#include "media/audiorecorder.h"
#include "media/opusfilewriter.h"
#include "support/speech.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFuture>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <QTemporaryDir>

#include <cmath>
#include <random>

using namespace coach;

// A named namespace around helpers and tests: the unity build puts this file beside others with helpers of
// the same names (writeOpus, Voice), and lookup from inside stops here.
namespace keypointstest {

namespace {

constexpr int kRate = 48000;

// A backend answer in pieces: each piece after the first starts with one of the phrases said, so the
// place of each phrase is known from the lengths of the pieces before it.
const QStringList kPieces{
    QStringLiteral("Last year our checkout service slowed down every evening. I started by profiling the "
                   "slowest queries, and the biggest win was a"),
    QStringLiteral("composite index on the orders table, on customer and date. Next we saw the database "
                   "running out of connections, so I tuned the"),
    QStringLiteral("connection pool and moved the reporting traffic to a"),
    QStringLiteral("read replica. I also joined the"),
    QStringLiteral("on-call rotation for a month, to see the alerts myself. The slowest requests went from"),
    QStringLiteral("nine hundred milliseconds down to about one hundred and twenty. After that, the hardest "
                   "part was"),
    QStringLiteral("cache invalidation when prices changed, which we solved with versioned keys. Finally we "
                   "put a second"),
    QStringLiteral("load balancer in front of the API and moved slow work onto a"),
    QStringLiteral("message queue, so a spike no longer takes the site down."),
};
// Written as a person would type them; the spoken form is what is listened for.
const QStringList kSaid{QStringLiteral("composite index"), QStringLiteral("connection pool"),
                        QStringLiteral("read replica"),    QStringLiteral("on-call rotation"),
                        QStringLiteral("900 ms"),          QStringLiteral("cache invalidation"),
                        QStringLiteral("load balancer"),   QStringLiteral("message queue")};
// Never said, each of the same domain, most sharing a word with one that is.
const QStringList kNotSaid{QStringLiteral("covering index"),  QStringLiteral("thread pool"),
                           QStringLiteral("replication lag"), QStringLiteral("incident review"),
                           QStringLiteral("five seconds"),    QStringLiteral("cache eviction"),
                           QStringLiteral("rate limiting"),   QStringLiteral("message broker")};
// Never said, and one short word away from a phrase that is: measured and reported, not held (the engine
// hears them; see the README).
const QStringList kNearMisses{QStringLiteral("write replica"), QStringLiteral("200 ms")};
const QStringList kFillers{QStringLiteral("you know"),  QStringLiteral("I mean"),
                           QStringLiteral("kind of"),   QStringLiteral("sort of"),
                           QStringLiteral("basically"), QStringLiteral("actually")};

struct Voice
{
    QString name;
    QString program; // espeak-ng or flite
    QString voice;
    bool flite = false;
};

const QList<Voice> &voices()
{
    static const QList<Voice> list{
        {QStringLiteral("espeak en-us"), QStringLiteral("espeak-ng"), QStringLiteral("en-us"), false},
        {QStringLiteral("espeak en-us+f3"), QStringLiteral("espeak-ng"), QStringLiteral("en-us+f3"), false},
        {QStringLiteral("espeak en-us+m7"), QStringLiteral("espeak-ng"), QStringLiteral("en-us+m7"), false},
        {QStringLiteral("flite kal"), QStringLiteral("flite"), QStringLiteral("kal"), true},
        {QStringLiteral("flite awb"), QStringLiteral("flite"), QStringLiteral("awb"), true},
        {QStringLiteral("flite rms"), QStringLiteral("flite"), QStringLiteral("rms"), true},
        {QStringLiteral("flite slt"), QStringLiteral("flite"), QStringLiteral("slt"), true},
    };
    return list;
}

// One piece of text said by a voice, as 48 kHz mono samples.
std::vector<qint16> synthesize(const QString &dir, const Voice &voice, bool slow, const QString &text)
{
    const QString raw = QDir(dir).filePath(QStringLiteral("piece-raw.wav"));
    const QString wav = QDir(dir).filePath(QStringLiteral("piece.wav"));
    QFile::remove(raw);
    QFile::remove(wav);
    if (voice.flite)
        test::runTool(voice.program, {QStringLiteral("-voice"), voice.voice, QStringLiteral("--setf"),
                                      QStringLiteral("duration_stretch=%1").arg(slow ? 1.3 : 1.0),
                                      QStringLiteral("-t"), text, QStringLiteral("-o"), raw});
    else
        test::runTool(voice.program, {QStringLiteral("-v"), voice.voice, QStringLiteral("-s"),
                                      slow ? QStringLiteral("125") : QStringLiteral("165"),
                                      QStringLiteral("-w"), raw, text});
    // -R: sox's dither repeatable, so every run measures the same samples.
    test::runTool(QStringLiteral("sox"), {QStringLiteral("-R"), raw, QStringLiteral("-r"),
                                          QStringLiteral("48000"), QStringLiteral("-c"), QStringLiteral("1"),
                                          QStringLiteral("-b"), QStringLiteral("16"), wav});
    return test::readWavSamples(wav);
}

// Where speech starts in a piece: the first 10 ms frame above -40 dBFS.
qint64 speechOnsetMs(const std::vector<qint16> &samples)
{
    constexpr size_t kFrame = kRate / 100;
    for (size_t at = 0; at + kFrame <= samples.size(); at += kFrame)
        for (size_t i = at; i < at + kFrame; ++i)
            if (std::abs(static_cast<int>(samples[i])) > 328)
                return static_cast<qint64>(at * 1000 / kRate);
    return 0;
}

struct Paragraph
{
    std::vector<qint16> samples;
    QList<qint64> saidAtMs; // where each of kSaid starts
};

Paragraph sayParagraph(const QString &dir, const Voice &voice, bool slow)
{
    Paragraph p;
    p.samples.assign(kRate / 2, 0); // half a second before the first word, as a take starts
    for (qsizetype i = 0; i < kPieces.size(); ++i) {
        const std::vector<qint16> piece = synthesize(dir, voice, slow, kPieces.at(i));
        if (i > 0)
            p.saidAtMs << static_cast<qint64>(p.samples.size() * 1000 / kRate) + speechOnsetMs(piece);
        p.samples.insert(p.samples.end(), piece.begin(), piece.end());
    }
    p.samples.insert(p.samples.end(), kRate / 2, 0);
    return p;
}

// White noise at the given SNR against the level of the speech (its frames above -40 dBFS).
std::vector<qint16> withNoise(const std::vector<qint16> &speech, double snrDb, unsigned seed)
{
    const double speechRms = 32768.0 * std::pow(10.0, test::speechRmsDbfs(speech) / 20.0);
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, speechRms / std::pow(10.0, snrDb / 20.0));
    std::vector<qint16> out(speech.size());
    for (size_t i = 0; i < speech.size(); ++i)
        out[i] = static_cast<qint16>(std::clamp(speech[i] + noise(rng), -32768.0, 32767.0));
    return out;
}

QString writeOpus(const QString &path, const std::vector<qint16> &samples)
{
    QFile::remove(path);
    auto writer = OpusFileWriter::create(path, kRate, 1);
    INFO(writer.error());
    REQUIRE(writer.ok());
    REQUIRE(writer.value()->write(samples).ok());
    REQUIRE(writer.value()->finish().ok());
    return path;
}

QString writeWav(const QString &path, const std::vector<qint16> &samples)
{
    auto le = [](QByteArray &out, quint32 v, int bytes) {
        for (int i = 0; i < bytes; ++i)
            out.append(static_cast<char>((v >> (8 * i)) & 0xFF));
    };
    const auto dataBytes = static_cast<quint32>(samples.size() * 2);
    QByteArray bytes("RIFF");
    le(bytes, dataBytes + 36, 4);
    bytes.append("WAVEfmt ");
    le(bytes, 16, 4);
    le(bytes, 1, 2); // PCM
    le(bytes, 1, 2); // mono
    le(bytes, kRate, 4);
    le(bytes, kRate * 2, 4);
    le(bytes, 2, 2);
    le(bytes, 16, 2);
    bytes.append("data");
    le(bytes, dataBytes, 4);
    bytes.append(reinterpret_cast<const char *>(samples.data()), static_cast<qsizetype>(dataBytes));
    test::writeFile(path, bytes);
    return path;
}

struct Tally
{
    int said = 0, found = 0;     // phrases said, and found
    int notSaid = 0, alarms = 0; // phrases never said, and reported
    qint64 worstPlacementMs = 0;
    int fillerAlarms = 0;
    double minutes = 0;
    int nearMisses = 0, nearMissesHeard = 0;
    int misplaced = 0; // found first more than a second before or after where it was said

    void add(const Tally &t)
    {
        said += t.said;
        found += t.found;
        notSaid += t.notSaid;
        alarms += t.alarms;
        worstPlacementMs = std::max(worstPlacementMs, t.worstPlacementMs);
        fillerAlarms += t.fillerAlarms;
        minutes += t.minutes;
        nearMisses += t.nearMisses;
        nearMissesHeard += t.nearMissesHeard;
        misplaced += t.misplaced;
    }
    double recall() const { return said ? 100.0 * found / said : 0; }
    double alarmRate() const { return notSaid ? 100.0 * alarms / notSaid : 0; }
    QString line(const QString &name) const
    {
        return QStringLiteral("%1: recall %2/%3 (%4%), false alarms %5/%6 (%7%), worst placement %8 ms, "
                              "filler false alarms %9 in %10 min, near misses heard %11/%12, placed more "
                              "than 1 s off %13")
            .arg(name, -22)
            .arg(found)
            .arg(said)
            .arg(recall(), 0, 'f', 0)
            .arg(alarms)
            .arg(notSaid)
            .arg(alarmRate(), 0, 'f', 1)
            .arg(worstPlacementMs)
            .arg(fillerAlarms)
            .arg(minutes, 0, 'f', 1)
            .arg(nearMissesHeard)
            .arg(nearMisses)
            .arg(misplaced);
    }
};

const QStringList kListened = kSaid + kNotSaid + kFillers + kNearMisses;

Tally tally(const Result<QList<KeyPointHit>> &hits, const Paragraph &p, QStringList *missed)
{
    INFO(hits.error());
    REQUIRE(hits.ok());
    Tally t;
    t.minutes = static_cast<double>(p.samples.size()) / kRate / 60.0;
    for (qsizetype i = 0; i < kSaid.size(); ++i) {
        const KeyPointHit &hit = hits->at(i);
        ++t.said;
        if (!hit.heard) {
            *missed << kSaid.at(i);
            continue;
        }
        ++t.found;
        const qint64 error = std::abs(hit.startMs - p.saidAtMs.at(i));
        if (error > 1000) {
            ++t.misplaced;
            *missed
                << QStringLiteral("%1 placed %2 ms off").arg(kSaid.at(i)).arg(hit.startMs - p.saidAtMs.at(i));
            continue;
        }
        t.worstPlacementMs = std::max(t.worstPlacementMs, error);
    }
    for (qsizetype i = 0; i < kNotSaid.size(); ++i) {
        ++t.notSaid;
        if (hits->at(kSaid.size() + i).heard) {
            ++t.alarms;
            *missed << QStringLiteral("+") + kNotSaid.at(i);
        }
    }
    for (qsizetype i = 0; i < kFillers.size(); ++i)
        t.fillerAlarms += hits->at(kSaid.size() + kNotSaid.size() + i).count;
    for (qsizetype i = 0; i < kNearMisses.size(); ++i) {
        ++t.nearMisses;
        if (hits->at(kSaid.size() + kNotSaid.size() + kFillers.size() + i).heard) {
            ++t.nearMissesHeard;
            *missed << QStringLiteral("~") + kNearMisses.at(i);
        }
    }
    return t;
}

bool underSanitizers()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

struct Run
{
    const Voice *voice;
    bool slow;
    double snrDb; // 0: clean
};

QString conditionName(double snrDb)
{
    return snrDb > 0 ? QStringLiteral("%1 dB").arg(snrDb) : QStringLiteral("clean");
}

// The paragraph a run says: one for each voice and rate.
QString paragraphKey(const Run &run)
{
    return run.voice->name + (run.slow ? QStringLiteral(" slow") : QStringLiteral(" normal"));
}

// The take of each run in dir, handed to started as soon as it is written (the takes before it are listened
// to meanwhile): the paragraph said with its voice and rate (once for each, kept in said by paragraphKey),
// the noise added, encoded.
template<typename Started>
void writeTakes(const QString &dir, const QList<Run> &runs, QMap<QString, Paragraph> &said, Started &&started)
{
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const Run &run = runs.at(i);
        const QString key = paragraphKey(run);
        if (!said.contains(key))
            said.insert(key, sayParagraph(dir, *run.voice, run.slow));
        const Paragraph &p = said[key];
        started(writeOpus(QDir(dir).filePath(QStringLiteral("take-%1.opus").arg(i)),
                          run.snrDb > 0 ? withNoise(p.samples, run.snrDb, 11) : p.samples));
    }
}

// Every voice at both rates, clean and at 30 and 20 dB.
QList<Run> wholeMatrix()
{
    QList<Run> runs;
    for (const Voice &voice : voices())
        for (const bool slow : {false, true})
            for (const double snr : {0.0, 30.0, 20.0})
                runs << Run{&voice, slow, snr};
    return runs;
}

// Says the paragraph with each voice and rate needed, adds the noise, encodes each take and spots them all
// (two at a time: a decoder each); prints a line per take, per voice and the totals, and checks what is held.
void measure(const QList<Run> &runs, double fliteRecallHeld)
{
    REQUIRE(KeywordSpotter::isAvailable());
    QTemporaryDir dir;
    QMap<QString, Paragraph> said;
    QList<QFuture<Result<QList<KeyPointHit>>>> spotting;
    writeTakes(dir.path(), runs, said, [&](const QString &opus) {
        spotting << QtConcurrent::run([opus] { return KeywordSpotter::spotFile(opus, kListened); });
    });
    QMap<QString, Tally> perVoice;
    Tally total, wideFlite30, kal30, flite30;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const Run &run = runs.at(i);
        const QString rate = run.slow ? QStringLiteral("slow") : QStringLiteral("normal");
        QStringList missed;
        const Tally t = tally(spotting[i].result(), said[paragraphKey(run)], &missed);
        const QString name = QStringLiteral("%1 %2 %3").arg(run.voice->name, rate, conditionName(run.snrDb));
        WARN(t.line(name).toStdString()
             << "; missed or wrong: " << missed.join(QStringLiteral(", ")).toStdString());
        perVoice[run.voice->name].add(t);
        total.add(t);
        if (run.voice->flite && run.snrDb == 30) {
            (run.voice->voice == QStringLiteral("kal") ? kal30 : wideFlite30).add(t);
            flite30.add(t);
        }
        // Phrases found are placed within a second of where they were said. (awb and rms also hear
        // "connection pool" at "connections, so I tuned the", 2 s early and far more weakly: that hit is set
        // aside.)
        CHECK(t.worstPlacementMs <= 1000);
        CHECK(t.misplaced == 0);
    }
    for (auto it = perVoice.cbegin(); it != perVoice.cend(); ++it) {
        WARN(it.value().line(it.key()).toStdString());
        // False alarms: at most 2% of the phrases never said, on every voice.
        CHECK(it.value().alarmRate() <= 2.0);
    }
    WARN(wideFlite30.line(QStringLiteral("flite awb, rms, slt at 30 dB")).toStdString());
    WARN(kal30.line(QStringLiteral("flite kal at 30 dB")).toStdString());
    WARN(flite30.line(QStringLiteral("flite, all four voices at 30 dB")).toStdString());
    WARN(total.line(QStringLiteral("all")).toStdString());
    // The target is at least 85% of the phrases said heard over the flite voices at 30 dB: the whole matrix
    // holds it (55 of 64); the suite's part, with one kal take, holds 80% (measured 51 of 56, or 28 of 32
    // under the sanitizers, where one phrase less is 84%). The three wideband voices alone hold 85%.
    if (flite30.said > 0)
        CHECK(flite30.recall() >= fliteRecallHeld);
    if (wideFlite30.said > 0)
        CHECK(wideFlite30.recall() >= 85.0);
    // kal is an 8 kHz voice: half the band the model was trained on is empty, and it is heard far less.
    // What it reaches is held, not the target.
    if (kal30.said > 0)
        CHECK(kal30.recall() >= 25.0);
}

const Voice &voiceNamed(const QString &name)
{
    for (const Voice &voice : voices())
        if (voice.name == name)
            return voice;
    FAIL("no voice " << name.toStdString());
    return voices().constFirst();
}

} // namespace

// What runs with the suite, in well under a minute: each voice once, the flite voices (which the recall
// target is about) at both rates at 30 dB and at 20 dB. The sanitizers' build leaves the slow rate out.
TEST_CASE("Key points are heard on every voice in noise, placed where they were said, with no false alarm",
          "[audio][keypoints]")
{
    QList<Run> runs;
    for (const QString &name :
         {QStringLiteral("flite awb"), QStringLiteral("flite rms"), QStringLiteral("flite slt")}) {
        runs << Run{&voiceNamed(name), false, 30} << Run{&voiceNamed(name), false, 20};
        if (!underSanitizers())
            runs << Run{&voiceNamed(name), true, 30};
    }
    runs << Run{&voiceNamed(QStringLiteral("flite kal")), false, 30};
    runs << Run{&voiceNamed(QStringLiteral("espeak en-us")), false, 30};
    measure(runs, 80.0);
}

// The whole matrix the README's figures come from (a few minutes): every voice at both rates, clean and at
// 30 and 20 dB. test_audio "[.keypoints-full]"
TEST_CASE("Key points on every voice, rate and noise", "[.keypoints-full]")
{
    measure(wholeMatrix(), 85.0);
}

// Where the thresholds come from: every phrase's best score in each take of the whole matrix, found with a
// threshold low enough to hear almost anything, against the threshold the phrase gets; for the phrases said
// the lowest scores (the misses and near misses), for those not said the highest (the near false alarms).
// test_audio "[.keypoints-scores]"
TEST_CASE("Key point scores against their thresholds", "[.keypoints-scores]")
{
    REQUIRE(KeywordSpotter::isAvailable());
    QTemporaryDir dir;
    const QStringList phrases = kSaid + kNotSaid + kNearMisses;
    QList<QFuture<Result<std::vector<KeywordSpotter::Detection>>>> takes;
    QMap<QString, Paragraph> said;
    writeTakes(dir.path(), wholeMatrix(), said, [&](const QString &opus) {
        takes << QtConcurrent::run([opus, phrases] { return KeywordSpotter::detect(opus, phrases, -60); });
    });
    std::vector<std::vector<double>> best(static_cast<size_t>(phrases.size()));
    for (auto &take : takes) {
        const auto detections = take.result();
        REQUIRE(detections.ok());
        std::vector<double> top(static_cast<size_t>(phrases.size()), -99);
        for (const auto &d : detections.value())
            top[static_cast<size_t>(d.phrase)] = std::max(top[static_cast<size_t>(d.phrase)], d.score);
        for (size_t i = 0; i < top.size(); ++i)
            best[i].push_back(top[i]);
    }
    for (qsizetype i = 0; i < phrases.size(); ++i) {
        const QString spoken = keypoints::spokenForm(phrases.at(i));
        const int words = static_cast<int>(spoken.count(u' ') + 1);
        const int phones = KeywordSpotter::phoneCount(spoken);
        const double threshold = KeywordSpotter::log10ThresholdFor(words, phones);
        std::vector<double> scores = best[static_cast<size_t>(i)];
        std::sort(scores.begin(), scores.end());
        const auto firstHeard = std::lower_bound(scores.begin(), scores.end(), threshold);
        const auto list = [](auto from, auto to) {
            QStringList shown;
            for (auto it = from; it != to; ++it)
                shown << (*it <= -99 ? QStringLiteral("none") : QString::number(*it, 'f', 1));
            return shown.join(QStringLiteral(", "));
        };
        // the three highest below the threshold, and the three lowest above it
        const auto below = firstHeard - std::min<std::ptrdiff_t>(3, firstHeard - scores.begin());
        const auto above = firstHeard + std::min<std::ptrdiff_t>(3, scores.end() - firstHeard);
        WARN(QStringLiteral("%1 %2 (%3 words, %4 phones): threshold 10^%5; heard in %6 of %7 takes; highest "
                            "missed %8; lowest heard %9")
                 .arg(i < kSaid.size()                     ? QStringLiteral("said")
                      : i < kSaid.size() + kNotSaid.size() ? QStringLiteral("not said")
                                                           : QStringLiteral("near miss"),
                      phrases.at(i))
                 .arg(words)
                 .arg(phones)
                 .arg(threshold, 0, 'f', 1)
                 .arg(scores.end() - firstHeard)
                 .arg(scores.size())
                 .arg(list(below, firstHeard), list(firstHeard, above))
                 .toStdString());
    }
}

TEST_CASE("The dictionary's missing words are named, numbers and units in words are known", "[keypoints]")
{
    REQUIRE(KeywordSpotter::isAvailable());
    CHECK(KeywordSpotter::unknownWords(QStringLiteral("composite index")).isEmpty());
    CHECK(KeywordSpotter::unknownWords(QStringLiteral("On-call rotation")).isEmpty());
    CHECK(KeywordSpotter::unknownWords(QStringLiteral("900 ms to 120, 99.9% and 3x")).isEmpty());
    CHECK(KeywordSpotter::unknownWords(QStringLiteral("10k qps, 4 GB, 1 TB")).isEmpty());
    CHECK(KeywordSpotter::unknownWords(QStringLiteral("p99 latency")).isEmpty());
    CHECK(KeywordSpotter::unknownWords(QStringLiteral("flurbix index flurbix zorqle")) ==
          QStringList{QStringLiteral("flurbix"), QStringLiteral("zorqle")});
    CHECK(KeywordSpotter::unknownWords(QString()).isEmpty());
}

TEST_CASE("Every pronunciation the dictionary gives is listened for; thresholds follow the phrase's length",
          "[keypoints]")
{
    REQUIRE(KeywordSpotter::isAvailable());
    // "read" is R EH D first, R IY D second: "read replica" is said the second way.
    CHECK(KeywordSpotter::waysOfSaying(QStringLiteral("read replica")) ==
          QStringList{QStringLiteral("read replica"), QStringLiteral("read@2 replica")});
    CHECK(KeywordSpotter::waysOfSaying(QStringLiteral("load balancer")) ==
          QStringList{QStringLiteral("load balancer")});
    // hundred has four pronunciations, milliseconds one
    CHECK(KeywordSpotter::waysOfSaying(QStringLiteral("nine hundred milliseconds")).size() == 4);
    // at most 8 combinations, the first pronunciations first
    const QStringList many = KeywordSpotter::waysOfSaying(QStringLiteral("two hundred and two hundred"));
    CHECK(many.size() == 8);
    CHECK(many.constFirst() == QStringLiteral("two hundred and two hundred"));
    CHECK(KeywordSpotter::waysOfSaying(QStringLiteral("flurbix index")).isEmpty());

    CHECK(KeywordSpotter::phoneCount(QStringLiteral("cache invalidation")) == 14);
    CHECK(KeywordSpotter::phoneCount(QStringLiteral("thread pool")) == 7);
    CHECK(KeywordSpotter::log10ThresholdFor(1, 9) == 0);  // one word: strict
    CHECK(KeywordSpotter::log10ThresholdFor(2, 7) == -5); // short: never looser than 10^-5
    CHECK(KeywordSpotter::log10ThresholdFor(2, 10) == -5);
    CHECK(KeywordSpotter::log10ThresholdFor(2, 14) == -7); // half a power of ten a phone
    CHECK(KeywordSpotter::log10ThresholdFor(3, 12) == -10);
    CHECK(KeywordSpotter::log10ThresholdFor(3, 21) == -10.5);
    CHECK(KeywordSpotter::log10ThresholdFor(8, 60) == -20); // and no looser than 10^-20
}

TEST_CASE("A take through the virtual microphone gets the key points of the file played into it",
          "[audio][keypoints][live]")
{
    test::requireAudioHarness();
    REQUIRE(KeywordSpotter::isAvailable());
    QTemporaryDir dir;
    const Voice slt{QStringLiteral("flite slt"), QStringLiteral("flite"), QStringLiteral("slt"), true};
    std::vector<qint16> source;
    for (qsizetype i = 0; i < 4; ++i) {
        const std::vector<qint16> piece = synthesize(dir.path(), slt, false, kPieces.at(i));
        source.insert(source.end(), piece.begin(), piece.end());
    }
    const QString played = writeOpus(dir.filePath(QStringLiteral("played.opus")), source);
    // paplay plays WAV: the same samples as one.
    const QString wav = writeWav(dir.filePath(QStringLiteral("played.wav")), source);

    AudioRecorder recorder;
    QSignalSpy finished(&recorder, &Recorder::finished);
    const QString take = dir.filePath(QStringLiteral("take.opus"));
    REQUIRE(recorder.start(take).ok());
    REQUIRE(test::waitFor([&] { return recorder.state() == Recorder::State::Recording; }, 10000));
    REQUIRE(test::waitFor([&] { return recorder.elapsedMs() >= 500; }, 10000));
    test::speakIntoMicrophone(wav);
    const qint64 spokenMs = recorder.elapsedMs();
    REQUIRE(test::waitFor([&] { return recorder.elapsedMs() >= spokenMs + 500; }, 10000));
    recorder.stop();
    REQUIRE(test::waitFor([&] { return finished.count() == 1; }, 10000));

    // "connection pool" is left out: on slt its score sits at the threshold (measured 10^-4.5 against
    // 10^-5), and the microphone's path tips it either way.
    const QStringList phrases{kSaid.at(0), kSaid.at(2), kNotSaid.at(0), kNotSaid.at(1), kNotSaid.at(2)};
    const auto fromFile = KeywordSpotter::spotFile(played, phrases);
    const auto fromTake = KeywordSpotter::spotFile(take, phrases);
    REQUIRE(fromFile.ok());
    REQUIRE(fromTake.ok());
    // Where the speech starts in each: the take has the silence before the playing started.
    const auto takeSamples = OpusFileReader::decode(take);
    REQUIRE(takeSamples.ok());
    const qint64 offsetMs = speechOnsetMs(takeSamples->samples) - speechOnsetMs(source);
    // A phrase whose score lies near its threshold can still tip either way through the microphone's path
    // (seen once for "composite index" on a loaded machine): at most one may differ, and a phrase not said
    // is never heard in the take.
    int differing = 0;
    for (qsizetype i = 0; i < phrases.size(); ++i) {
        INFO(phrases.at(i).toStdString());
        if (fromTake->at(i).heard != fromFile->at(i).heard ||
            fromTake->at(i).count != fromFile->at(i).count) {
            ++differing;
            WARN("through the microphone \"" << phrases.at(i).toStdString() << "\" was heard "
                                             << fromTake->at(i).count << " times, from the file "
                                             << fromFile->at(i).count);
        }
        if (fromTake->at(i).heard && fromFile->at(i).heard)
            CHECK(std::abs(fromTake->at(i).startMs - offsetMs - fromFile->at(i).startMs) <= 200);
        if (i >= 2)
            CHECK_FALSE(fromTake->at(i).heard);
    }
    CHECK(differing <= 1);
    CHECK(fromFile->at(0).heard); // the phrases said are heard at all
    CHECK(fromFile->at(1).heard);
}

TEST_CASE("Spotting stops between two blocks when cancelled, and refuses what is not a recording",
          "[keypoints]")
{
    QTemporaryDir dir;
    const QString opus =
        writeOpus(dir.filePath(QStringLiteral("quiet.opus")), std::vector<qint16>(kRate * 5));
    const std::atomic_bool cancelled{true};
    CHECK(KeywordSpotter::spotFile(opus, {QStringLiteral("composite index")}, &cancelled).isCancelled());
    const auto quiet = KeywordSpotter::spotFile(opus, {QStringLiteral("composite index")});
    REQUIRE(quiet.ok());
    REQUIRE(quiet->size() == 1);
    CHECK_FALSE(quiet->at(0).heard);
    CHECK(quiet->at(0).phrase == QStringLiteral("composite index"));
    CHECK(quiet->at(0).startMs == -1);

    test::writeFile(dir.filePath(QStringLiteral("text.opus")), "not audio at all");
    const auto bad = KeywordSpotter::spotFile(dir.filePath(QStringLiteral("text.opus")),
                                              {QStringLiteral("composite index")});
    CHECK_FALSE(bad.ok());
    CHECK_FALSE(bad.error().isEmpty());
    const auto unknown = KeywordSpotter::spotFile(opus, {QStringLiteral("flurbix")});
    CHECK_FALSE(unknown.ok());
    CHECK(unknown.error().contains(QStringLiteral("flurbix")));
}

} // namespace keypointstest
