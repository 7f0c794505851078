// The entry point of the media module (interview-coach-media): the program loads it after its window is up
// and creates its recorders, players, voice and microphone list through the backend returned here.
#include "core/mediabackend.h"
#include "media/audioplayer.h"
#include "media/audiorecorder.h"
#include "media/speechvoice.h"
#include "media/systemmicrophones.h"

#include <QtGlobal>

namespace {

class SystemMedia final : public coach::MediaBackend
{
public:
    std::unique_ptr<coach::Recorder> createRecorder() override
    {
        return std::make_unique<coach::AudioRecorder>();
    }
    std::unique_ptr<coach::Player> createPlayer() override { return std::make_unique<coach::AudioPlayer>(); }
    std::unique_ptr<coach::Voice> createVoice() override { return std::make_unique<coach::SpeechVoice>(); }
    std::unique_ptr<coach::Microphones> createMicrophones() override
    {
        return std::make_unique<coach::SystemMicrophones>();
    }
};

} // namespace

extern "C" Q_DECL_EXPORT coach::MediaBackend *coach_media_backend()
{
    static SystemMedia backend;
    return &backend;
}
