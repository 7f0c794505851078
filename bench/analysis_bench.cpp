// Speed and memory of the delivery analysis: a 2-minute take against its own length (target: at least 500
// times faster than real time on one core), and the memory a 10-minute take needs above its decoded samples
// (target: under 50 MB). The voice is synthetic: harmonics switched on and off like syllables, with pauses.
#include "core/speechanalysis.h"

#include <QElapsedTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

namespace {

std::vector<float> voiceLike(int seconds, int rate = 48000)
{
    std::vector<float> out(static_cast<size_t>(seconds) * rate);
    std::mt19937 rng(11);
    std::normal_distribution<double> noise(0.0, 0.003);
    for (size_t i = 0; i < out.size(); ++i) {
        const double t = static_cast<double>(i) / rate;
        const bool pause = std::fmod(t, 9.0) > 7.8; // a pause of 1.2 s every 9 s
        const double envelope = pause ? 0.0 : std::pow(std::sin(M_PI * std::fmod(t * 4.0, 1.0)), 2.0);
        const double f0 = 130.0 + 25.0 * std::sin(2 * M_PI * 0.3 * t);
        double v = 0;
        for (int h = 1; h <= 6; ++h)
            v += std::sin(2 * M_PI * f0 * h * t) / h;
        out[i] = static_cast<float>(0.2 * envelope * v + noise(rng));
    }
    return out;
}

long maxRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main()
{
    const std::vector<float> take = voiceLike(120);
    QElapsedTimer timer;
    std::vector<double> seconds;
    coach::DeliveryFigures figures;
    for (int run = 0; run < 5; ++run) {
        timer.start();
        figures = coach::analyseSpeech(take, 48000);
        seconds.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e9);
    }
    std::sort(seconds.begin(), seconds.end());
    const double ratio = 120.0 / seconds[seconds.size() / 2];

    const std::vector<float> long_ = voiceLike(600);
    const long before = maxRssKb();
    const coach::DeliveryFigures longFigures = coach::analyseSpeech(long_, 48000);
    const long after = maxRssKb();
    const double extraMb = static_cast<double>(after - before) / 1024.0;

    std::printf("delivery analysis\n");
    std::printf(
        "  2-minute take: median %.1f ms of 5 runs, %.0f times faster than real time (target at least 500)\n",
        seconds[seconds.size() / 2] * 1000, ratio);
    std::printf(
        "  10-minute take: %.1f MB of memory above its %.1f MB of samples (target under 50); %d pauses\n",
        extraMb, static_cast<double>(long_.size() * sizeof(float)) / 1048576.0, longFigures.pauseCount05s);
    std::printf("  (the 2-minute take: %d syllables, %d pauses of 0.5 s or more)\n", figures.syllables,
                figures.pauseCount05s);
    return ratio >= 500 && extraMb < 50 ? 0 : 1;
}
