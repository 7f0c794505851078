#include "core/speechanalysis.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <numeric>

namespace coach {

namespace {

constexpr double kFloorDb = -96.0;
constexpr double kHopSeconds = 0.010;   // one intensity value every 10 ms
constexpr double kFrameSeconds = 0.030; // over a 30 ms window

double toDb(double power)
{
    return power > 1e-12 ? std::max(kFloorDb, 10.0 * std::log10(power)) : kFloorDb;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return kFloorDb;
    const size_t k = std::min(values.size() - 1, static_cast<size_t>(p * static_cast<double>(values.size())));
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(k), values.end());
    return values[k];
}

// Hann weights of the 30 ms intensity window.
std::vector<double> hannWeights(size_t window, double &weightSum)
{
    std::vector<double> weights(window);
    weightSum = 0;
    for (size_t i = 0; i < window; ++i) {
        weights[i] =
            0.5 - 0.5 * std::cos(2 * M_PI * (static_cast<double>(i) + 0.5) / static_cast<double>(window));
        weightSum += weights[i];
    }
    return weights;
}

// The pitch-range geometry of the voicing measure: every step-th sample is used (about 8 kHz), which keeps
// the pitch range (60 to 400 Hz) and costs a fraction of the work.
struct VoicingGeometry
{
    explicit VoicingGeometry(int rate)
        : step(std::max<size_t>(1, static_cast<size_t>(rate / 8000)))
        , window(static_cast<size_t>(0.040 * rate) / step)
        , maxLag(static_cast<size_t>(rate / 60) / step)
        , minLag(std::max<size_t>(1, static_cast<size_t>(rate / 400) / step))
    {}
    size_t step, window, maxLag, minLag;
    // The first sample past what the measure at `centre` reads (centre >= window * step / 2).
    size_t end(size_t centre) const { return centre - window * step / 2 + (window + maxLag) * step; }
};

// Whether the sound around `centre` is voiced: the normalised autocorrelation peaks at 0.5 or more in the
// pitch range of speech. `x(i)` is the sample i; `size` the signal's length; `buffer` is scratch space. Every
// frame is measured, so the samples are first gathered into one contiguous run and four lags are summed side
// by side; each sum still adds in the same order, so the answer does not depend on how it is computed.
template<typename Samples>
bool voiced(const Samples &x, size_t size, size_t centre, const VoicingGeometry &g,
            std::vector<double> &buffer)
{
    const size_t window = g.window, step = g.step;
    if (centre < window * step / 2 || centre + (window + g.maxLag) * step >= size + window * step / 2)
        return false;
    const size_t begin = centre - window * step / 2;
    buffer.resize(window + g.maxLag + 1);
    for (size_t i = 0; i < buffer.size() - 1; ++i)
        buffer[i] = static_cast<double>(x(begin + i * step));
    const double *at = buffer.data();
    double energy = 0;
    for (size_t i = 0; i < window; ++i)
        energy += at[i] * at[i];
    if (energy <= 1e-9)
        return false;
    auto peaks = [energy](double r, double e2) {
        return e2 > 0 && r / std::sqrt(energy * e2) >= 0.5;
    };
    // Eight lags at once, two to a vector: a lane's multiplications and additions are the scalar ones, in the
    // same order, so the sums are exactly those of one lag at a time.
    using Pair = double __attribute__((vector_size(16)));
    auto load = [](const double *p) {
        Pair v;
        std::memcpy(&v, p, sizeof v);
        return v;
    };
    size_t lag = g.minLag;
    for (; lag + 7 <= g.maxLag; lag += 8) {
        Pair r[4] = {}, e2[4] = {};
        for (size_t i = 0; i < window; ++i) {
            const Pair a = Pair{} + at[i];
            for (size_t k = 0; k < 4; ++k) {
                const Pair b = load(at + i + lag + 2 * k);
                r[k] += a * b;
                e2[k] += b * b;
            }
        }
        for (size_t k = 0; k < 8; ++k)
            if (peaks(r[k / 2][k % 2], e2[k / 2][k % 2]))
                return true;
    }
    for (; lag <= g.maxLag; ++lag) {
        double r = 0, e2 = 0;
        for (size_t i = 0; i < window; ++i) {
            r += at[i] * at[i + lag];
            e2 += at[i + lag] * at[i + lag];
        }
        if (peaks(r, e2))
            return true;
    }
    return false;
}

struct Segment
{
    size_t begin; // in hops
    size_t end;
};

// Each hop's time in ms.
long long msAt(size_t hop)
{
    return static_cast<long long>(static_cast<double>(hop) * kHopSeconds * 1000.0);
}

// The adaptive threshold of the voice-activity detector, in dB of the contour.
struct Thresholds
{
    double floor; // the noise floor (quiet frames)
    double loud;  // the speech level (loud frames)
    double on;
    double off;
};

// Between the noise floor and the speech level, never closer than 10 dB to the floor nor further than 35 dB
// below the speech.
Thresholds thresholds(const std::vector<double> &db)
{
    Thresholds t;
    t.floor = percentile(db, 0.10);
    t.loud = percentile(db, 0.95);
    t.on = std::max({t.floor + 7.0, t.loud - 35.0, t.floor + 0.25 * (t.loud - t.floor)});
    t.off = t.on - 3.0; // hysteresis: speech goes on until the level falls clearly below
    return t;
}

// Runs of frames from rising above `on` until falling below `off`.
std::vector<Segment> segmentsAboveThreshold(const std::vector<double> &db, const Thresholds &t)
{
    std::vector<Segment> segments;
    bool inSpeech = false;
    size_t start = 0;
    for (size_t i = 0; i < db.size(); ++i) {
        if (!inSpeech && db[i] >= t.on) {
            inSpeech = true;
            start = i;
        } else if (inSpeech && db[i] < t.off) {
            inSpeech = false;
            segments.push_back({start, i});
        }
    }
    if (inSpeech)
        segments.push_back({start, db.size()});
    return segments;
}

// The level above which a segment's edge still counts as speech. How much the noise itself wanders (pink or
// hum wanders more than white) sets how far above the floor an edge must be.
double edgeLevel(const std::vector<double> &db, const Thresholds &t)
{
    double noiseSum = 0, noiseSquares = 0;
    size_t noiseFrames = 0;
    for (const double v : db) {
        if (v < t.off - 3.0) {
            noiseSum += v;
            noiseSquares += v * v;
            ++noiseFrames;
        }
    }
    const double noiseMean = noiseFrames ? noiseSum / static_cast<double>(noiseFrames) : t.floor;
    const double noiseSpread = noiseFrames > 1
                                   ? std::sqrt(std::max(0.0, noiseSquares / static_cast<double>(noiseFrames) -
                                                                 noiseMean * noiseMean))
                                   : 0.0;
    return std::max({t.floor + 1.5, noiseMean + 3.0 * noiseSpread, t.loud - 50.0});
}

// Soft onsets and trailing consonants sit below the threshold: each segment grows outwards while the level
// stays clearly above the noise floor, for at most a quarter of a second.
void growEdges(std::vector<Segment> &segments, const std::vector<double> &db, double edge)
{
    const size_t maxGrowth = static_cast<size_t>(0.25 / kHopSeconds);
    // The stop closure before a final "t" or "k" is silent for up to 80 ms, so short dips do not end the
    // growth.
    const size_t maxDip = static_cast<size_t>(0.08 / kHopSeconds);
    for (size_t k = 0; k < segments.size(); ++k) {
        const size_t lowest = k > 0 ? segments[k - 1].end : 0;
        size_t below = 0;
        for (size_t i = segments[k].begin, n = 0; i > lowest && n < maxGrowth && below <= maxDip; --i, ++n) {
            below = db[i - 1] >= edge ? 0 : below + 1;
            if (below == 0)
                segments[k].begin = i - 1;
        }
        const size_t highest = k + 1 < segments.size() ? segments[k + 1].begin : db.size();
        below = 0;
        for (size_t i = segments[k].end, n = 0; i < highest && n < maxGrowth && below <= maxDip; ++i, ++n) {
            below = db[i] >= edge ? 0 : below + 1;
            if (below == 0)
                segments[k].end = i + 1;
        }
    }
}

// Gaps shorter than a pause are stops and breaths inside speech; bursts shorter than 60 ms are clicks.
std::vector<Segment> bridgeGapsDropClicks(const std::vector<Segment> &segments, double minPauseSeconds)
{
    const size_t bridge = static_cast<size_t>(std::min(0.3, minPauseSeconds * 0.6) / kHopSeconds);
    std::vector<Segment> merged;
    for (const Segment &s : segments) {
        if (!merged.empty() && s.begin - merged.back().end < bridge)
            merged.back().end = s.end;
        else
            merged.push_back(s);
    }
    const size_t minBurst = static_cast<size_t>(0.06 / kHopSeconds);
    merged.erase(std::remove_if(merged.begin(), merged.end(),
                                [&](const Segment &s) { return s.end - s.begin < minBurst; }),
                 merged.end());
    return merged;
}

// Voice activity: the stretches of speech in the contour (above 200 Hz), in hops.
std::vector<Segment> voiceActivity(const std::vector<double> &db, const Thresholds &t,
                                   const SpeechAnalysisOptions &options)
{
    std::vector<Segment> segments = segmentsAboveThreshold(db, t);
    growEdges(segments, db, edgeLevel(db, t));
    return bridgeGapsDropClicks(segments, options.minPauseSeconds);
}

// Speaking time, the time to the first word, the pauses between speech, and the level of the speech (from
// the full-band contour). Returns the frames of speech in the contour above 200 Hz, for the syllables.
std::vector<double> measureSpeechAndPauses(const std::vector<Segment> &speech, const std::vector<double> &db,
                                           const std::vector<double> &fullBand,
                                           const SpeechAnalysisOptions &options, DeliveryFigures &f)
{
    f.firstWordMs = msAt(speech.front().begin);
    std::vector<double> speechDb;
    std::vector<double> speechHighDb;
    for (size_t k = 0; k < speech.size(); ++k) {
        f.speakingMs += msAt(speech[k].end) - msAt(speech[k].begin);
        for (size_t i = speech[k].begin; i < speech[k].end; ++i) {
            speechDb.push_back(fullBand[i]);
            speechHighDb.push_back(db[i]);
        }
        if (k > 0) {
            const Pause p{msAt(speech[k - 1].end), msAt(speech[k].begin)};
            if (p.lengthMs() >= static_cast<long long>(options.minPauseSeconds * 1000)) {
                f.pauses.push_back(p);
                ++f.pauseCount05s;
                f.pauseCount2s += p.lengthMs() >= 2000 ? 1 : 0;
                f.longestPauseMs = std::max(f.longestPauseMs, p.lengthMs());
            }
        }
    }
    // The level is that of a sine with the same power: add 3 dB to the mean-square value.
    f.speechLevelDbfs = std::min(0.0, percentile(speechDb, 0.5) + 3.01);
    return speechHighDb;
}

// The contour averaged over three hops, so a single frame's wobble makes no peak.
std::vector<double> smoothed(const std::vector<double> &db)
{
    std::vector<double> smooth(db.size());
    for (size_t i = 0; i < db.size(); ++i) {
        double sum = 0;
        int n = 0;
        for (size_t j = i >= 1 ? i - 1 : 0; j <= std::min(db.size() - 1, i + 1); ++j, ++n)
            sum += db[j];
        smooth[i] = sum / n;
    }
    return smooth;
}

// Syllable nuclei: peaks of the smoothed contour inside speech that rise at least 1.75 dB above the dips on
// both sides, are loud enough, and are voiced (de Jong and Wempe, 2009).
int countSyllableNuclei(const std::vector<double> &db, const std::vector<unsigned char> &voicedFrames,
                        const std::vector<Segment> &speech, const std::vector<double> &speechHighDb,
                        double off)
{
    const std::vector<double> smooth = smoothed(db);
    const double speechMedian = percentile(speechHighDb, 0.5);
    const double nucleusFloor = std::max(off, speechMedian - 12.0);
    constexpr double kDip = 1.75;
    const size_t minSyllableGap = static_cast<size_t>(0.06 / kHopSeconds);
    int syllables = 0;
    for (const Segment &s : speech) {
        size_t i = s.begin;
        double dipBefore = smooth[s.begin];
        size_t lastNucleus = 0;
        bool haveNucleus = false;
        while (i < s.end) {
            // Walk to the next local maximum.
            size_t top = i;
            while (top + 1 < s.end && smooth[top + 1] >= smooth[top])
                ++top;
            // And on to the following minimum.
            size_t bottom = top;
            while (bottom + 1 < s.end && smooth[bottom + 1] <= smooth[bottom])
                ++bottom;
            const double dipAfter = bottom + 1 >= s.end ? std::min(smooth[bottom], off) : smooth[bottom];
            // Two peaks closer than a syllable can be (a drawn-out vowel wavers) count once.
            const bool tooClose = haveNucleus && top - lastNucleus < minSyllableGap;
            if (!tooClose && smooth[top] >= nucleusFloor && smooth[top] - dipBefore >= kDip &&
                smooth[top] - dipAfter >= kDip && voicedFrames[top]) {
                ++syllables;
                lastNucleus = top;
                haveNucleus = true;
                dipBefore = dipAfter;
            } else {
                dipBefore = std::min(dipBefore, dipAfter);
            }
            if (bottom == i)
                ++bottom;
            i = bottom;
        }
    }
    return syllables;
}

// Pace from the syllables: over the whole answer, pauses included, and over the speaking time only.
void measurePace(const std::vector<Segment> &speech, const SpeechAnalysisOptions &options, DeliveryFigures &f)
{
    const double words = f.syllables / options.syllablesPerWord;
    if (f.durationMs > 0 && f.firstWordMs >= 0) {
        // Pauses count in the speaking rate, but not the silence before the first and after the last word.
        const long long answerMs = msAt(speech.back().end) - f.firstWordMs;
        f.speakingRateWpm = answerMs > 0 ? words * 60000.0 / static_cast<double>(answerMs) : 0.0;
    }
    f.articulationWpm = f.speakingMs > 0 ? words * 60000.0 / static_cast<double>(f.speakingMs) : 0.0;
}

} // namespace

PaceBand paceBand(double overallWpm)
{
    if (overallWpm < kNormalPaceLowWpm)
        return PaceBand::Slow;
    return overallWpm > kNormalPaceHighWpm ? PaceBand::Fast : PaceBand::Normal;
}

PaceBand paceBand(const DeliveryFigures &figures)
{
    return paceBand(figures.speakingRateWpm);
}

double medianPace(std::vector<double> paces)
{
    if (paces.size() < static_cast<size_t>(kBaselineMinimumAttempts))
        return 0.0;
    std::sort(paces.begin(), paces.end());
    const size_t n = paces.size();
    return n % 2 ? paces[n / 2] : (paces[n / 2 - 1] + paces[n / 2]) / 2.0;
}

std::string deliveryFiguresToJson(const DeliveryFigures &f)
{
    auto number = [](double v) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.1f", v);
        return std::string(buffer);
    };
    std::string pauses = "[";
    for (size_t i = 0; i < f.pauses.size(); ++i)
        pauses += (i ? ", " : "") + std::string("{\"start_ms\": ") + std::to_string(f.pauses[i].startMs) +
                  ", \"end_ms\": " + std::to_string(f.pauses[i].endMs) + "}";
    pauses += "]";
    // The band of the overall pace (speaking_rate_wpm), as the app shows it.
    const char *band = "none";
    if (f.firstWordMs >= 0) {
        switch (paceBand(f)) {
        case PaceBand::Slow:
            band = "slow";
            break;
        case PaceBand::Normal:
            band = "normal";
            break;
        case PaceBand::Fast:
            band = "fast";
            break;
        }
    }
    return "{\"duration_ms\": " + std::to_string(f.durationMs) +
           ", \"speaking_ms\": " + std::to_string(f.speakingMs) +
           ", \"first_word_ms\": " + std::to_string(f.firstWordMs) +
           ", \"pause_count_05s\": " + std::to_string(f.pauseCount05s) +
           ", \"pause_count_2s\": " + std::to_string(f.pauseCount2s) +
           ", \"longest_pause_ms\": " + std::to_string(f.longestPauseMs) +
           ", \"syllables\": " + std::to_string(f.syllables) +
           ", \"speaking_rate_wpm\": " + number(f.speakingRateWpm) +
           ", \"articulation_wpm\": " + number(f.articulationWpm) + ", \"pace_band\": \"" + band +
           "\", \"peak_dbfs\": " + number(f.peakDbfs) +
           ", \"speech_level_dbfs\": " + number(f.speechLevelDbfs) +
           ", \"clipped\": " + (f.clipped ? "true" : "false") + ", \"pauses\": " + pauses + "}";
}

// What the analysis keeps: the samples of the last few frames (the signal and its high-passed copy), and
// per 10 ms frame the two intensity contours and whether the frame is voiced.
struct SpeechAnalyser::State
{
    State(int sampleRate, const SpeechAnalysisOptions &o)
        : rate(sampleRate)
        , options(o)
        , hop(static_cast<size_t>(kHopSeconds * sampleRate))
        , window(static_cast<size_t>(kFrameSeconds * sampleRate))
        , voicing(sampleRate)
    {
        weights = hannWeights(window, weightSum);
        const double rc = 1.0 / (2.0 * M_PI * 200.0);
        highPassA = rc / (rc + 1.0 / sampleRate);
    }

    void append(const float *samples, size_t count);
    bool ready(size_t frame) const;
    void measureFrame(size_t frame);
    void dropOldSamples();

    int rate;
    SpeechAnalysisOptions options;
    size_t hop, window;
    VoicingGeometry voicing;
    std::vector<double> weights;
    double weightSum = 0;
    // The one-pole high-pass at 200 Hz, run as the samples arrive.
    double highPassA = 0, highIn = 0, highOut = 0;

    std::vector<float> raw, high; // samples from `base` on
    size_t base = 0;
    size_t total = 0;
    float peak = 0;
    size_t fullScale = 0;

    std::vector<double> db;       // above 200 Hz
    std::vector<double> fullBand; // the whole band
    std::vector<unsigned char> voiced;
    std::vector<double> voicingBuffer;
};

void SpeechAnalyser::State::append(const float *samples, size_t count)
{
    for (size_t i = 0; i < count; ++i) {
        const float s = samples[i];
        peak = std::max(peak, std::fabs(s));
        fullScale += std::fabs(s) >= 0.999f ? 1 : 0;
        highOut = highPassA * (highOut + s - highIn);
        highIn = s;
        raw.push_back(s);
        high.push_back(static_cast<float>(highOut));
    }
    total += count;
}

// A frame is measured once every sample its windows read has arrived (or at the end, with what there is).
bool SpeechAnalyser::State::ready(size_t frame) const
{
    const size_t start = frame * hop;
    const size_t begin = start + hop / 2 >= window / 2 ? start + hop / 2 - window / 2 : 0;
    if (start + hop > total || begin + window > total)
        return false;
    const size_t centre = start + hop / 2;
    return centre < voicing.window * voicing.step / 2 || voicing.end(centre) < total;
}

// The RMS power in dB of the 30 ms Hann-weighted window around the frame, and whether it is voiced.
void SpeechAnalyser::State::measureFrame(size_t frame)
{
    const size_t start = frame * hop;
    const size_t begin = start + hop / 2 >= window / 2 ? start + hop / 2 - window / 2 : 0;
    double sumHigh = 0, sumFull = 0;
    for (size_t i = 0; i < window && begin + i < total; ++i) {
        const double h = high[begin + i - base];
        sumHigh += weights[i] * h * h;
        const double v = raw[begin + i - base];
        sumFull += weights[i] * v * v;
    }
    db.push_back(toDb(sumHigh / weightSum));
    fullBand.push_back(toDb(sumFull / weightSum));
    const auto sample = [this](size_t i) {
        return raw[i - base];
    };
    voiced.push_back(coach::voiced(sample, total, start + hop / 2, voicing, voicingBuffer) ? 1 : 0);
}

// Samples no frame still to come reads are let go, a batch at a time.
void SpeechAnalyser::State::dropOldSamples()
{
    const size_t start = db.size() * hop + hop / 2;
    const size_t reach = std::max(window / 2, voicing.window * voicing.step / 2) + 1;
    const size_t keepFrom = start > reach ? start - reach : 0;
    if (keepFrom < base + 65536)
        return;
    const auto drop = static_cast<std::ptrdiff_t>(keepFrom - base);
    raw.erase(raw.begin(), raw.begin() + drop);
    high.erase(high.begin(), high.begin() + drop);
    base = keepFrom;
}

SpeechAnalyser::SpeechAnalyser(int sampleRate, const SpeechAnalysisOptions &options)
    : m(std::make_unique<State>(sampleRate, options))
{}

SpeechAnalyser::~SpeechAnalyser() = default;

size_t SpeechAnalyser::samplesFed() const
{
    return m->total;
}

void SpeechAnalyser::feed(const float *samples, size_t count)
{
    if (m->rate < 8000 || count == 0)
        return;
    m->append(samples, count);
    while (m->ready(m->db.size()))
        m->measureFrame(m->db.size());
    m->dropOldSamples();
}

DeliveryFigures SpeechAnalyser::finish()
{
    DeliveryFigures f;
    State &s = *m;
    if (s.rate < 8000 || s.total == 0)
        return f;
    f.durationMs = static_cast<long long>(s.total) * 1000 / s.rate;
    f.peakDbfs = s.peak > 0 ? std::max(kFloorDb, 20.0 * std::log10(s.peak)) : kFloorDb;
    f.clipped = s.fullScale >= 3;
    // The last frames read past the end: measured with the samples there are.
    while (s.db.size() * s.hop + s.hop <= s.total)
        s.measureFrame(s.db.size());

    // Voice activity and syllables are judged on the signal above 200 Hz: hum, rumble and the low end of pink
    // noise carry much energy and little speech.
    const std::vector<double> &db = s.db;
    if (db.empty())
        return f;
    const Thresholds t = thresholds(db);
    const std::vector<Segment> speech = voiceActivity(db, t, s.options);
    if (speech.empty())
        return f;
    const std::vector<double> speechHighDb = measureSpeechAndPauses(speech, db, s.fullBand, s.options, f);
    f.syllables = countSyllableNuclei(db, s.voiced, speech, speechHighDb, t.off);
    measurePace(speech, s.options, f);
    return f;
}

DeliveryFigures analyseSpeech(std::span<const float> x, int rate, const SpeechAnalysisOptions &options)
{
    SpeechAnalyser analyser(rate, options);
    constexpr size_t kBlock = 4096;
    for (size_t at = 0; at < x.size(); at += kBlock)
        analyser.feed(x.data() + at, std::min(kBlock, x.size() - at));
    return analyser.finish();
}

} // namespace coach
