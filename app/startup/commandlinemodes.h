// The command-line modes that end without a window (--help, --version, --analyze, --backup, --restore):
// each runs here and returns what to print and the exit code, so main() only prints.
#pragma once

#include <QString>
#include <QStringList>

namespace coach {

struct CommandLine;

class CommandLineModes final
{
public:
    struct Outcome
    {
        bool finished = false; // false: the options ask for the window, nothing was done
        int exitCode = 0;
        QString text;         // to print
        bool isError = false; // print on stderr rather than stdout

        // Prints the text (with a line end) on stdout or stderr; the exit code.
        int print() const;
    };

    // The mode the options ask for; not finished for the window's start (Action::Run).
    static Outcome run(const CommandLine &options);
    // Another program has the profile open, and was asked to come to the front.
    static Outcome alreadyRunning();

private:
    static Outcome analyze(const CommandLine &options);
    static Outcome backUp(const QString &dataDir, const QString &archive);
    static Outcome restore(const QString &dataDir, const QString &archive);
};

} // namespace coach
