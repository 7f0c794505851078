// A C library loaded when first needed (QLibrary), so that the program starts without it, and its functions
// resolved by name. It stays loaded for the rest of the run.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QLibrary>
#include <QStringList>

namespace coach {

class LibraryFunctions
{
    Q_DECLARE_TR_FUNCTIONS(LibraryFunctions)

public:
    // name without "lib" and ".so", and the major version of its file: ("archive", 13) is libarchive.so.13.
    LibraryFunctions(const QString &name, int version);

    template<typename Function>
    void resolve(const char *symbol, Function &function)
    {
        function = m_loaded ? reinterpret_cast<Function>(m_library.resolve(symbol)) : nullptr;
        if (m_loaded && !function)
            m_missing.append(QString::fromLatin1(symbol));
    }

    // Empty when the library and every function asked for were found; else which and why not.
    QString problem() const;

private:
    QLibrary m_library;
    QString m_fileName;
    bool m_loaded = false;
    QString m_loadError;
    QStringList m_missing;
};

// A library's functions as a struct of pointers (Api), loaded once, on first use, on any thread.
template<typename Api>
class LoadedLibrary
{
public:
    using Resolver = void (*)(LibraryFunctions &, Api &);

    // The one instance for Api; resolveAll fills the pointers.
    static const LoadedLibrary &get(const QString &name, int version, Resolver resolveAll)
    {
        static const LoadedLibrary loaded(name, version, resolveAll);
        return loaded;
    }

    Result<const Api *> result() const
    {
        if (!m_problem.isEmpty())
            return Result<const Api *>::failure(m_problem);
        return &m_api;
    }
    const Api &api() const { return m_api; }

private:
    LoadedLibrary(const QString &name, int version, Resolver resolveAll)
    {
        LibraryFunctions library(name, version);
        resolveAll(library, m_api);
        m_problem = library.problem();
    }

    Api m_api;
    QString m_problem;
};

} // namespace coach
