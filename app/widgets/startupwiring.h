// Where the profile session meets the main window: its reports shown by the window, and what the window
// leaves to do once it has closed.
#pragma once

#include "startup/profilesession.h"

namespace coach {

class FontPreload;
class MainWindow;
class MediaModule;
class SingleInstance;

// Before the first widget, once the application exists: the program's name for the desktop, the style that
// leaves the menu bar's images until they are drawn, and Qt's list of the fonts built on the second core
// (fonts: the preload started before).
void prepareDesktop(FontPreload &fonts);
// Connects the session's signals to the window's public methods (readOnly to setReadOnly, and so on).
void connectSession(ProfileSession &session, MainWindow &window);
// A second start brings the window to the front; the media module loads once the window is painted, and one
// that cannot be loaded is said in the status bar.
void connectDesktop(SingleInstance &instance, MediaModule &media, MainWindow &window);
// The restore or deletion the window asked for, for ProfileSession::finish().
ProfileSession::Change changeAfterClose(const MainWindow &window);

} // namespace coach
