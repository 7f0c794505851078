// Reads the system's font configuration on a second thread while the program starts: fontconfig's set-up
// (parsing its XML configuration and the font cache) is the largest single cost of a Qt program's first
// window, and nothing else needs the second core at that moment. Qt's own font database then finds
// fontconfig ready; once the application exists, Qt's list of the fonts is built on that thread as well,
// while the profile opens.
#pragma once

#include <thread>

namespace coach {

class FontPreload final
{
public:
    FontPreload();
    ~FontPreload();
    FontPreload(const FontPreload &) = delete;
    FontPreload &operator=(const FontPreload &) = delete;

    // Waits for the set-up to end. Called before the first text is measured: fontconfig allows a second
    // caller during the set-up, but that caller would repeat the whole of it.
    void wait();
    // Once the QGuiApplication exists: builds Qt's font list (QFontDatabase, shared by all threads) on the
    // second thread, after the set-up. wait() waits for it too.
    void listFonts();

private:
    std::thread m_thread;
};

} // namespace coach
