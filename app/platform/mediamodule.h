// Loads the media module (interview-coach-media: Qt Multimedia, Qt TextToSpeech, the Opus encoder) when it is
// first needed or, with preload(), on a worker thread once the window is up: the program starts without those
// libraries. A module that cannot be loaded is reported once, with the file and the loader's reason.
#pragma once

#include <QLibrary>
#include <QObject>
#include <QStringList>

#include <future>

namespace coach {

class MediaBackend;

class MediaModule final : public QObject
{
    Q_OBJECT

public:
    // The file is looked for at each path in turn.
    explicit MediaModule(QStringList paths, QObject *parent = nullptr);
    ~MediaModule() override;

    // Beside the program (a build folder), then where installing put it.
    static QStringList installedPaths();

    // Starts loading on a worker thread; ready() or failed() follows.
    void preload();
    // The backend, loaded now if need be (after the preload, if one is under way); nullptr when the module
    // cannot be loaded, and problem() says why.
    MediaBackend *backend();
    QString problem() const { return m_problem; }
    // For the person: sound is not available, and why.
    QString unavailableMessage() const;

Q_SIGNALS:
    void ready();
    void failed(const QString &message); // unavailableMessage()

private:
    struct Loaded
    {
        MediaBackend *backend = nullptr;
        QString problem;
    };
    Loaded load(); // on any thread; touches only m_library
    void settle(Loaded loaded);
    void collectPreload();

    const QStringList m_paths;
    QLibrary m_library;
    std::future<Loaded> m_preload;
    bool m_settled = false;
    MediaBackend *m_backend = nullptr;
    QString m_problem;
};

} // namespace coach
