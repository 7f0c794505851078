// File systems for the tests of a read-only data folder and a full disk: a folder bound onto itself
// read-only, and a small tmpfs. Both need the right to mount (root, as the tests run in CI): the tests that
// mount carry the hidden tag [.mount] and run as ctest entries of their own, which the runner reports as
// skipped when the probe below finds mounting refused, so that nothing passes without being checked.
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

// The exit code of a test run that was skipped as a whole (ctest's SKIP_RETURN_CODE).
constexpr int kSkippedExitCode = 77;

// Empty when this process may mount both kinds of file system above (tried once, in a scratch folder);
// otherwise why not. COACH_TEST_DENY_MOUNT=1 makes it answer no, to see the skipping where mounting works.
QString mountRefusal();
// Fails the test, saying why, unless mount is in place.
void requireMounted(const Mount &mount);

// Fills the file system of folder until it has no room left; returns the file that fills it.
QString fillDisk(const QString &folder);

} // namespace coach::test
