// Dialogs shown before or outside the main window, such as a start-up failure.
#pragma once

#include <QString>

namespace coach {

void showStartupError(const QString &message);

} // namespace coach
