#include "core/libraryfunctions.h"

namespace coach {

LibraryFunctions::LibraryFunctions(const QString &name, int version)
    : m_library(name, version)
    , m_fileName(QStringLiteral("lib%1.so.%2").arg(name).arg(version))
{
    m_loaded = m_library.load();
    if (!m_loaded)
        m_loadError = m_library.errorString();
}

QString LibraryFunctions::problem() const
{
    if (!m_loaded)
        return tr("%1 could not be loaded: %2").arg(m_fileName, m_loadError);
    if (!m_missing.isEmpty())
        return tr("%1 lacks %2").arg(m_fileName, m_missing.join(QStringLiteral(", ")));
    return {};
}

} // namespace coach
