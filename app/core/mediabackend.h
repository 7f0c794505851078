// The sound devices and the voice, as one factory: the media module (interview-coach-media, loaded after the
// window is up) implements it with Qt Multimedia and Qt TextToSpeech, so the program starts without loading
// either.
#pragma once

#include <memory>

namespace coach {

class Microphones;
class Player;
class Recorder;
class Voice;

class MediaBackend
{
public:
    MediaBackend() = default;
    virtual ~MediaBackend() = default;
    MediaBackend(const MediaBackend &) = delete;
    MediaBackend &operator=(const MediaBackend &) = delete;

    virtual std::unique_ptr<Recorder> createRecorder() = 0;
    virtual std::unique_ptr<Player> createPlayer() = 0;
    virtual std::unique_ptr<Voice> createVoice() = 0;
    virtual std::unique_ptr<Microphones> createMicrophones() = 0;
};

// The module's one exported function; it returns the module's own backend, which lives as long as the module.
using MediaBackendEntry = MediaBackend *(*)();
inline constexpr char kMediaBackendEntry[] = "coach_media_backend";

} // namespace coach
