// Where the profile session meets the main window: its reports shown by the window, and what the window
// leaves to do once it has closed.
#pragma once

#include "startup/profilesession.h"

namespace coach {

class MainWindow;

// Connects the session's signals to the window's public methods (readOnly to setReadOnly, and so on).
void connectSession(ProfileSession &session, MainWindow &window);
// The restore or deletion the window asked for, for ProfileSession::finish().
ProfileSession::Change changeAfterClose(const MainWindow &window);

} // namespace coach
