// File systems for the tests of a read-only data folder and a full disk: a folder bound onto itself
// read-only, and a small tmpfs. Both need the right to mount (root, as the tests run in CI); where it is
// refused, available() is false and says why, and the test reports it rather than pretending.
#pragma once

#include <QString>

namespace coach::test {

class Mount
{
public:
    // The folder at path, read-only from now on (a bind mount onto itself, remounted read-only).
    static Mount readOnly(const QString &path);
    // An empty tmpfs of sizeKiB kibibytes at path (an existing, empty folder).
    static Mount smallDisk(const QString &path, int sizeKiB);
    ~Mount();
    Mount(Mount &&other) noexcept;
    Mount(const Mount &) = delete;
    Mount &operator=(const Mount &) = delete;
    Mount &operator=(Mount &&) = delete;

    bool available() const { return m_mounted; }
    QString problem() const { return m_problem; }
    void unmount();

private:
    Mount() = default;
    bool run(const QStringList &arguments);

    QString m_path;
    QString m_problem;
    bool m_mounted = false;
};

// Fills the file system of folder until it has no room left; returns the file that fills it.
QString fillDisk(const QString &folder);

} // namespace coach::test
