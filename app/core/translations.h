// Installs the program's and Qt's own translations for a language, or for the system locale.
#pragma once

#include <QString>

class QCoreApplication;

namespace coach {

// Returns the language actually used ("en" when there is no translation for the one asked).
QString installTranslations(QCoreApplication &app, const QString &language);

} // namespace coach
