// Delivery figures on synthetic voices made at test time: espeak-ng in several variants and rates, and
// flite's four voices. The pace reference is the known syllable count of the paragraph over the measured
// speaking time.
#include "audio/audiofile.h"
#include "core/speechanalysis.h"
#include "support/testsupport.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>
#include <random>

using namespace coach;

namespace {

// About 120 words of the project's own, and their syllables counted by hand.
const QString kParagraph = QStringLiteral(
    "Last spring our checkout service slowed down every evening when traffic doubled. I was asked to find "
    "the cause "
    "before the holiday sale. I started with the traces and saw that most of the time went into one query on "
    "the "
    "orders table. The query plan showed a full scan, so I wrote a migration that added an index without "
    "locking "
    "the table, and I tested it on a copy of production data. After the release, the slowest requests fell "
    "from two "
    "seconds to about two hundred milliseconds, and the support team stopped getting complaints about failed "
    "payments. I also added an alert on the latency of that endpoint, so a regression would page us within "
    "minutes "
    "instead of days.");
constexpr int kParagraphSyllables = 177;

const QStringList kSentences{QStringLiteral("Our checkout slowed down every evening."),
                             QStringLiteral("I traced it to one slow query."),
                             QStringLiteral("I added an index without locking the table."),
                             QStringLiteral("The slowest requests fell to two hundred milliseconds."),
                             QStringLiteral("Complaints about failed payments stopped."),
                             QStringLiteral("I added an alert as well.")};

QString tool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    INFO(name.toStdString() << " is needed: scripts/coach test installs it");
    REQUIRE_FALSE(path.isEmpty());
    return path;
}

void run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(tool(program), arguments);
    REQUIRE(p.waitForFinished(120000));
    INFO(QString::fromLocal8Bit(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
}

// Speech as mono float samples at the given rate (sox converts whatever the synthesiser wrote).
std::vector<float> synthesise(const QDir &dir, const QString &engine, const QStringList &engineArgs, int rate)
{
    static int counter = 0;
    const QString raw = dir.filePath(QStringLiteral("raw%1.wav").arg(++counter));
    const QString wav = dir.filePath(QStringLiteral("speech%1.wav").arg(counter));
    QStringList args = engineArgs;
    for (QString &a : args)
        a.replace(QStringLiteral("@OUT@"), raw);
    run(engine, args);
    run(QStringLiteral("sox"), {raw, QStringLiteral("-r"), QString::number(rate), QStringLiteral("-c"),
                                QStringLiteral("1"), QStringLiteral("-b"), QStringLiteral("16"), wav});
    auto audio = AudioFile::read(wav);
    REQUIRE(audio.ok());
    REQUIRE(audio->sampleRate == rate);
    return audio->samples;
}

std::vector<float> espeakSpeech(const QDir &dir, const QString &text,
                                const QString &variant = QStringLiteral("en-us"), int wpm = 160,
                                int rate = 48000)
{
    return synthesise(dir, QStringLiteral("espeak-ng"),
                      {QStringLiteral("-v"), variant, QStringLiteral("-s"), QString::number(wpm),
                       QStringLiteral("-w"), QStringLiteral("@OUT@"), text},
                      rate);
}

std::vector<float> fliteSpeech(const QDir &dir, const QString &text, const QString &voice,
                               double stretch = 1.0)
{
    return synthesise(dir, QStringLiteral("flite"),
                      {QStringLiteral("-voice"), voice, QStringLiteral("--setf"),
                       QStringLiteral("duration_stretch=%1").arg(stretch), QStringLiteral("-t"), text,
                       QStringLiteral("-o"), QStringLiteral("@OUT@")},
                      48000);
}

// Cuts the silence the synthesiser leaves around a sentence, so inserted pauses have exact lengths.
std::vector<float> trimmed(const std::vector<float> &x)
{
    auto loud = [](float s) {
        return std::fabs(s) > 0.003f;
    };
    const auto first = std::find_if(x.begin(), x.end(), loud);
    const auto last = std::find_if(x.rbegin(), x.rend(), loud).base();
    return first < last ? std::vector<float>(first, last) : std::vector<float>();
}

void appendSilence(std::vector<float> &x, double seconds, int rate = 48000)
{
    x.insert(x.end(), static_cast<size_t>(seconds * rate), 0.0f);
}

double rms(const std::vector<float> &x)
{
    double sum = 0;
    size_t n = 0;
    for (const float s : x) {
        if (std::fabs(s) > 0.003f) {
            sum += static_cast<double>(s) * s;
            ++n;
        }
    }
    return n ? std::sqrt(sum / static_cast<double>(n)) : 0.0;
}

// White noise at a signal-to-noise ratio measured against the speech's own level.
std::vector<float> withNoise(const std::vector<float> &x, double snrDb, unsigned seed = 3)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, rms(x) / std::pow(10.0, snrDb / 20.0));
    std::vector<float> out(x.size());
    for (size_t i = 0; i < x.size(); ++i)
        out[i] = static_cast<float>(std::clamp(x[i] + noise(rng), -1.0, 1.0));
    return out;
}

double referenceArticulationWpm(const DeliveryFigures &f)
{
    return kParagraphSyllables / 1.5 * 60000.0 / static_cast<double>(f.speakingMs);
}

} // namespace

TEST_CASE("Pace follows the reference on every voice and rises with the rate", "[audio][analysis]")
{
    QTemporaryDir dir;
    const QDir d(dir.path());
    struct Case
    {
        QString label;
        std::vector<float> samples;
    };
    std::vector<Case> cases;
    for (const int wpm : {120, 160, 220})
        cases.push_back({QStringLiteral("espeak en-us %1").arg(wpm),
                         espeakSpeech(d, kParagraph, QStringLiteral("en-us"), wpm)});
    for (const QString &variant :
         {QStringLiteral("en-us+m3"), QStringLiteral("en-us+f3"), QStringLiteral("en-us+klatt")})
        cases.push_back({QStringLiteral("espeak ") + variant, espeakSpeech(d, kParagraph, variant)});
    for (const QString &voice :
         {QStringLiteral("kal"), QStringLiteral("awb"), QStringLiteral("rms"), QStringLiteral("slt")})
        cases.push_back({QStringLiteral("flite ") + voice, fliteSpeech(d, kParagraph, voice)});
    for (const double stretch : {1.3, 1.6})
        cases.push_back({QStringLiteral("flite slt x%1").arg(stretch),
                         fliteSpeech(d, kParagraph, QStringLiteral("slt"), stretch)});

    for (const Case &c : cases) {
        const DeliveryFigures f = analyseSpeech(c.samples, 48000);
        const double reference = referenceArticulationWpm(f);
        WARN(c.label.toStdString() << ": " << f.syllables << " syllables, articulation "
                                   << qRound(f.articulationWpm) << " wpm against " << qRound(reference)
                                   << " (" << qRound((f.articulationWpm / reference - 1) * 100) << "%)");
        CHECK(f.articulationWpm == Approx(reference).epsilon(0.15));
        CHECK(f.speakingRateWpm <= f.articulationWpm + 0.01);
    }
    // Faster speech reads faster, for espeak's rates and flite's stretches.
    const auto wpm = [&](size_t i) {
        return analyseSpeech(cases[i].samples, 48000).articulationWpm;
    };
    CHECK(wpm(0) < wpm(1));
    CHECK(wpm(1) < wpm(2));
    CHECK(wpm(11) < wpm(9));
    CHECK(wpm(10) < wpm(9));
    CHECK(wpm(11) < wpm(10));
}

TEST_CASE("Pauses of known length are found and measured", "[audio][analysis]")
{
    QTemporaryDir dir;
    const QDir d(dir.path());
    const std::vector<double> gaps{0.3, 0.6, 1.0, 2.5, 0.8};
    for (const QString &voice : {QStringLiteral("espeak"), QStringLiteral("flite")}) {
        std::vector<float> x;
        appendSilence(x, 1.2); // time to the first word
        std::vector<std::pair<long long, long long>> expected;
        for (qsizetype i = 0; i < kSentences.size(); ++i) {
            const std::vector<float> s = trimmed(
                voice == QLatin1String("espeak") ? espeakSpeech(d, kSentences.at(i))
                                                 : fliteSpeech(d, kSentences.at(i), QStringLiteral("rms")));
            x.insert(x.end(), s.begin(), s.end());
            if (i < static_cast<qsizetype>(gaps.size())) {
                const long long start = static_cast<long long>(x.size()) * 1000 / 48000;
                appendSilence(x, gaps[static_cast<size_t>(i)]);
                if (gaps[static_cast<size_t>(i)] >= 0.5)
                    expected.push_back({start, static_cast<long long>(x.size()) * 1000 / 48000});
            }
        }
        appendSilence(x, 1.0);

        for (const double snr : {1000.0, 30.0, 20.0}) {
            INFO(voice.toStdString() << " at " << snr << " dB SNR");
            const DeliveryFigures f = analyseSpeech(withNoise(x, snr), 48000);
            std::string foundText;
            for (const Pause &p : f.pauses)
                foundText += std::to_string(p.startMs) + "-" + std::to_string(p.endMs) + " ";
            std::string wantedText;
            for (const auto &[s, e] : expected)
                wantedText += std::to_string(s) + "-" + std::to_string(e) + " ";
            INFO("found " << foundText << " wanted " << wantedText);
            CHECK(f.firstWordMs == Approx(1200).margin(150));
            // Every inserted pause of 0.5 s or more, at most one extra.
            int found = 0;
            for (const auto &[start, end] : expected) {
                const auto match = std::find_if(f.pauses.begin(), f.pauses.end(), [&](const Pause &p) {
                    return std::abs(p.startMs - start) < 300 && std::abs(p.endMs - end) < 300;
                });
                if (match != f.pauses.end()) {
                    ++found;
                    CHECK(match->lengthMs() == Approx(end - start).margin(200));
                }
            }
            CHECK(found == static_cast<int>(expected.size()));
            CHECK(f.pauseCount05s <= static_cast<int>(expected.size()) + 1);
            CHECK(f.pauseCount2s == 1);
            CHECK(f.longestPauseMs == Approx(2500).margin(200));
        }
    }
}

TEST_CASE("Speaking time holds in noise, when quiet, and at 16 kHz", "[audio][analysis]")
{
    QTemporaryDir dir;
    const QDir d(dir.path());
    std::vector<float> x;
    appendSilence(x, 0.8);
    const std::vector<float> speech = espeakSpeech(d, kParagraph);
    x.insert(x.end(), speech.begin(), speech.end());
    appendSilence(x, 0.8);
    const DeliveryFigures clean = analyseSpeech(x, 48000);
    REQUIRE(clean.speakingMs > 20000);

    for (const double snr : {30.0, 20.0}) {
        INFO("white noise at " << snr << " dB SNR");
        const DeliveryFigures noisy = analyseSpeech(withNoise(x, snr), 48000);
        CHECK(noisy.speakingMs == Approx(clean.speakingMs).epsilon(0.03));
        CHECK(noisy.articulationWpm == Approx(clean.articulationWpm).epsilon(0.15));
    }

    // A quiet recording (speech at about -26 dBFS) gives the same figures.
    std::vector<float> quiet = x;
    const double gain = std::pow(10.0, -26.0 / 20.0) / rms(x);
    for (float &s : quiet)
        s = static_cast<float>(s * gain);
    const DeliveryFigures low = analyseSpeech(quiet, 48000);
    CHECK(low.speakingMs == Approx(clean.speakingMs).epsilon(0.03));
    CHECK(low.syllables == Approx(clean.syllables).epsilon(0.05));
    CHECK(low.speechLevelDbfs == Approx(-26.0).margin(4.0));

    // The same speech at 16 kHz.
    std::vector<float> at16;
    appendSilence(at16, 0.8, 16000);
    const std::vector<float> speech16 = espeakSpeech(d, kParagraph, QStringLiteral("en-us"), 160, 16000);
    at16.insert(at16.end(), speech16.begin(), speech16.end());
    appendSilence(at16, 0.8, 16000);
    const DeliveryFigures f16 = analyseSpeech(at16, 16000);
    CHECK(f16.speakingMs == Approx(clean.speakingMs).epsilon(0.03));
    CHECK(f16.articulationWpm == Approx(clean.articulationWpm).epsilon(0.1));
    CHECK(f16.firstWordMs == Approx(clean.firstWordMs).margin(150));
}

TEST_CASE("Silence, clipping and the JSON form", "[audio][analysis]")
{
    const std::vector<float> silence(48000 * 3, 0.0f);
    const DeliveryFigures none = analyseSpeech(silence, 48000);
    CHECK(none.durationMs == 3000);
    CHECK(none.firstWordMs == -1);
    CHECK(none.speakingMs == 0);
    CHECK(none.syllables == 0);

    std::vector<float> loud(48000);
    for (size_t i = 0; i < loud.size(); ++i)
        loud[i] = std::clamp(
            static_cast<float>(1.5 * std::sin(2 * M_PI * 200 * static_cast<double>(i) / 48000)), -1.0f, 1.0f);
    const DeliveryFigures clipped = analyseSpeech(loud, 48000);
    CHECK(clipped.clipped);
    CHECK(clipped.peakDbfs == Approx(0.0).margin(0.1));

    DeliveryFigures f;
    f.durationMs = 1000;
    f.pauses = {{100, 700}};
    const std::string json = deliveryFiguresToJson(f);
    for (const char *key : {"duration_ms", "speaking_ms", "first_word_ms", "pause_count_05s",
                            "pause_count_2s", "longest_pause_ms", "speaking_rate_wpm", "articulation_wpm",
                            "peak_dbfs", "speech_level_dbfs", "clipped", "pauses"})
        CHECK(json.find(std::string("\"") + key + "\"") != std::string::npos);
    CHECK(json.find("{\"start_ms\": 100, \"end_ms\": 700}") != std::string::npos);
}
