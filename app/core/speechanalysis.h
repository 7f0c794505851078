// Delivery figures of a spoken answer, measured from the samples alone: speaking time, pauses, pace and
// level. No speech recognition: pace comes from counting syllable nuclei (intensity peaks that are voiced).
#pragma once

#include <memory>
#include <span>
#include <string>
#include <vector>

namespace coach {

struct Pause
{
    long long startMs = 0;
    long long endMs = 0;
    long long lengthMs() const { return endMs - startMs; }
};

struct DeliveryFigures
{
    long long durationMs = 0;
    long long speakingMs = 0;   // inside speech segments
    long long firstWordMs = -1; // -1: no speech found
    int pauseCount05s = 0;      // pauses of 0.5 s and more between speech
    int pauseCount2s = 0;       // of 2 s and more
    long long longestPauseMs = 0;
    int syllables = 0;
    // Pace has two figures, named the same everywhere: "overall", words a minute from the first word to the
    // last with the pauses included, and "while speaking", the pauses left out.
    double speakingRateWpm = 0; // overall
    double articulationWpm = 0; // while speaking
    double peakDbfs = -96.0;
    double speechLevelDbfs = -96.0; // the typical (median) level of the speech frames
    bool clipped = false;
    std::vector<Pause> pauses;
};

inline constexpr int kSpeechAnalysisVersion = 1;

// Pace bands of PRODUCT.md: a normal pace is 120 to 160 words a minute. The bands, the advice and the
// spoken-time estimates all use the overall pace: the norm is a rate over whole answers, pauses and all (the
// pace while speaking runs well above it, so most people would read "fast" against it), it is what
// a listener hears, and an estimate of spoken time has to count the pauses, since they take time too.
inline constexpr double kNormalPaceLowWpm = 120.0;
inline constexpr double kNormalPaceHighWpm = 160.0;
enum class PaceBand { Slow, Normal, Fast };
PaceBand paceBand(double overallWordsPerMinute);
// The band of a take, from its overall pace.
PaceBand paceBand(const DeliveryFigures &figures);
// The median overall pace of recent attempts: the person's own baseline, once there are five.
double medianPace(std::vector<double> paces);
inline constexpr int kBaselineMinimumAttempts = 5;

struct SpeechAnalysisOptions
{
    double minPauseSeconds = 0.5;  // gaps shorter than this are part of speaking
    double syllablesPerWord = 1.5; // English averages about 1.5 syllables a word
};

// The figures as the JSON object of `interview-coach --analyze` (keys in snake_case, times in ms).
std::string deliveryFiguresToJson(const DeliveryFigures &figures);

// The figures of a recording fed a block at a time: only a few values per 10 ms frame are kept (a 2-hour take
// holds some 12 MB), never the samples, so memory does not grow with the samples' count.
class SpeechAnalyser final
{
public:
    // Mono samples in -1..1 at any sample rate from 8 kHz up.
    explicit SpeechAnalyser(int sampleRate, const SpeechAnalysisOptions &options = {});
    ~SpeechAnalyser();
    SpeechAnalyser(const SpeechAnalyser &) = delete;
    SpeechAnalyser &operator=(const SpeechAnalyser &) = delete;

    void feed(const float *samples, size_t count);
    // The figures of everything fed, the same as analyseSpeech over the whole signal at once.
    DeliveryFigures finish();
    size_t samplesFed() const;

private:
    struct State;
    std::unique_ptr<State> m;
};

// Mono samples in -1..1 at any sample rate from 8 kHz up: a SpeechAnalyser fed the samples in blocks.
DeliveryFigures analyseSpeech(std::span<const float> samples, int sampleRate,
                              const SpeechAnalysisOptions &options = {});

} // namespace coach
