// The notice in the main window's status bar that the data folder cannot be written to, and the message that
// says what this means, shown once the window is up.
#pragma once

#include <QLabel>

class QMainWindow;

namespace coach {

class ReadOnlyNotice final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadOnlyNotice)

public:
    // Adds itself to window's status bar; reason (why the folder cannot be written to) is its tooltip.
    ReadOnlyNotice(const QString &reason, QMainWindow &window);
};

} // namespace coach
