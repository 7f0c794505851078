// The program's command-line options, parsed without a window so --help and --version work anywhere.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace coach {

struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Action { Run, ShowHelp, ShowVersion, Analyze, Backup, Restore, Error };

    Action action = Action::Run;
    QString dataDir;       // where the database and recordings live
    bool portable = false; // --data-dir given: settings live there too
    QString language;      // empty: follow the system locale
    QString text;          // help, version or error text to print
    QString analyzeFile;   // with Action::Analyze
    QStringList keyPoints; // with Action::Analyze: the phrases to listen for, as given (--key-points)
    bool keyPointsGiven = false;
    QString archiveFile; // with Action::Backup and Action::Restore

    // True when the arguments ask for something that needs no window: help, version, or an error.
    // Works before any QCoreApplication exists.
    static bool isHeadless(int argc, char **argv);
    // The arguments as parse() reads them once the application has taken out its own; its texts are not
    // translated yet.
    static CommandLine parseBeforeApplication(int argc, char **argv);
    static QString languageArgument(int argc, char **argv);
    // Parses the arguments (including the program name in front).
    static CommandLine parse(const QStringList &arguments);
    static QString defaultDataDir();
};

} // namespace coach
