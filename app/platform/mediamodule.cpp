#include "platform/mediamodule.h"

#include "core/mediabackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace coach {

namespace {

const QString kFileName = QStringLiteral("interview-coach-media.so");

} // namespace

MediaModule::MediaModule(QStringList paths, QObject *parent)
    : QObject(parent)
    , m_paths(std::move(paths))
{}

MediaModule::~MediaModule()
{
    if (m_preload.valid())
        m_preload.wait();
}

QStringList MediaModule::installedPaths()
{
    const QDir programDir(QCoreApplication::applicationDirPath());
    return {programDir.filePath(kFileName),
            QDir::cleanPath(programDir.filePath(QStringLiteral(COACH_MEDIA_MODULE_DIR "/") + kFileName))};
}

MediaModule::Loaded MediaModule::load()
{
    QStringList tried;
    for (const QString &path : m_paths) {
        if (!QFileInfo::exists(path)) {
            tried.append(QDir::toNativeSeparators(path));
            continue;
        }
        m_library.setFileName(path);
        // Every symbol now: a module that does not fit the program fails here, not in the middle of a take.
        m_library.setLoadHints(QLibrary::ResolveAllSymbolsHint);
        if (!m_library.load())
            return {nullptr, tr("%1 could not be loaded: %2")
                                 .arg(QDir::toNativeSeparators(path), m_library.errorString())};
        const auto entry = reinterpret_cast<MediaBackendEntry>(m_library.resolve(kMediaBackendEntry));
        if (!entry)
            return {nullptr,
                    tr("%1 is not Interview Coach's media module").arg(QDir::toNativeSeparators(path))};
        return {entry(), QString()};
    }
    return {nullptr, tr("the media module (%1) is missing; looked in: %2")
                         .arg(kFileName, tried.join(QStringLiteral(", ")))};
}

void MediaModule::preload()
{
    if (m_settled || m_preload.valid())
        return;
    m_preload = std::async(std::launch::async, [this] {
        Loaded loaded = load();
        QMetaObject::invokeMethod(this, &MediaModule::collectPreload, Qt::QueuedConnection);
        return loaded;
    });
}

void MediaModule::collectPreload()
{
    if (!m_settled && m_preload.valid())
        settle(m_preload.get());
}

MediaBackend *MediaModule::backend()
{
    if (!m_settled)
        settle(m_preload.valid() ? m_preload.get() : load());
    return m_backend;
}

QString MediaModule::unavailableMessage() const
{
    return tr("Sound is not available: %1").arg(m_problem);
}

void MediaModule::settle(Loaded loaded)
{
    m_settled = true;
    m_backend = loaded.backend;
    m_problem = loaded.problem;
    if (m_backend) {
        Q_EMIT ready();
    } else {
        qWarning("%s", qUtf8Printable(m_problem));
        Q_EMIT failed(unavailableMessage());
    }
}

} // namespace coach
