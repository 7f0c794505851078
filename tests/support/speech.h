// Real audio for tests: speech from espeak-ng, played into the harness's virtual microphone or captured from
// its speaker (scripts/audio-harness).
#pragma once

#include <QString>

#include <span>
#include <vector>

namespace coach::test {

// Runs a tool the test command installs (espeak-ng, flite, sox, paplay, …); fails the test, with the tool's
// errors, unless it ends with exit code 0 within two minutes.
void runTool(const QString &program, const QStringList &arguments);
// Fails the test unless the audio harness's PulseAudio is in the environment.
void requireAudioHarness();
// Speaks text with espeak-ng into a 48 kHz mono 16-bit WAV; returns its path.
QString makeSpeechWav(const QString &dir, const QString &text,
                      const QString &name = QStringLiteral("speech"));
// The samples of a WAV made by makeSpeechWav (48 kHz mono 16-bit).
std::vector<qint16> readWavSamples(const QString &path);
// Plays a WAV into the virtual microphone, keeping the event loop running; returns when it has been played.
void speakIntoMicrophone(const QString &wav);
// RMS in dBFS of the 20 ms frames whose peak is above -40 dBFS: the level of the speech, not of the pauses.
double speechRmsDbfs(std::span<const qint16> samples);
// Milliseconds from the first to the last 20 ms frame above -40 dBFS.
qint64 speechSpanMs(std::span<const qint16> samples, int rate = 48000);

} // namespace coach::test
