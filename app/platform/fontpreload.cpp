#include "platform/fontpreload.h"

#include <fontconfig/fontconfig.h>

namespace coach {

FontPreload::FontPreload()
    : m_thread([] { FcInit(); })
{}

FontPreload::~FontPreload()
{
    wait();
}

void FontPreload::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace coach
