#include "platform/fontpreload.h"

#include <QFontDatabase>

#include <fontconfig/fontconfig.h>

namespace coach {

FontPreload::FontPreload()
    : m_thread([] { FcInit(); })
{}

FontPreload::~FontPreload()
{
    wait();
}

void FontPreload::listFonts()
{
    wait();
    m_thread = std::thread([] { static_cast<void>(QFontDatabase::families()); });
}

void FontPreload::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace coach
