#include "core/commandline.h"

#include "core/version.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

#include <algorithm>
#include <cstring>
#include <iterator>

namespace coach {

bool CommandLine::isHeadless(int argc, char **argv)
{
    return parseBeforeApplication(argc, argv).action != Action::Run;
}

CommandLine CommandLine::parseBeforeApplication(int argc, char **argv)
{
    // QApplication takes its own options (-style fusion, -platform xcb, …) out of the arguments before
    // parse() sees them; here, before it exists, they are skipped the same way.
    static const char *const withValue[] = {
        "-style",         "-stylesheet", "-platform",        "-platformpluginpath",
        "-platformtheme", "-plugin",     "-qwindowgeometry", "-qwindowicon",
        "-qwindowtitle",  "-session",    "-display",         "-geometry",
        "-title",         "-name"};
    static const char *const flags[] = {"-reverse", "-widgetcount", "-nograb", "-dograb", "-sync"};
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        const char *arg = argv[i];
        if (i > 0 && std::any_of(std::begin(withValue), std::end(withValue),
                                 [arg](const char *o) { return !std::strcmp(arg, o); })) {
            ++i; // and its value
            continue;
        }
        if (i > 0 && std::any_of(std::begin(flags), std::end(flags),
                                 [arg](const char *o) { return !std::strcmp(arg, o); }))
            continue;
        arguments.append(QString::fromLocal8Bit(arg));
    }
    return parse(arguments);
}

QString CommandLine::languageArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--lang") && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (!std::strncmp(argv[i], "--lang=", 7))
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return {};
}

QString CommandLine::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Interview Coach: practise job-interview answers out loud, privately and offline."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help and exit."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           tr("Show the version and exit."));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           tr("Keep the database and recordings in <dir> instead of %1.")
                                               .arg(QDir::toNativeSeparators(defaultDataDir())),
                                           tr("dir"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        tr("Use the language <code> (for example en or de) instead of the "
                                           "system's."),
                                        tr("code"));
    const QCommandLineOption analyzeOption(
        QStringLiteral("analyze"),
        tr("Print the delivery figures of a recording (Ogg Opus or WAV) as JSON and exit, without a window."),
        tr("file"));
    const QCommandLineOption keyPointsOption(QStringLiteral("key-points"),
                                             tr("With --analyze: listen for these phrases (separated by "
                                                "semicolons) and add where each was heard."),
                                             tr("phrases"));
    const QCommandLineOption backupOption(QStringLiteral("backup"),
                                          tr("Write the whole profile (database and recordings) to the "
                                             "archive <file> and exit, without a window."),
                                          tr("file"));
    const QCommandLineOption restoreOption(QStringLiteral("restore"),
                                           tr("Check the archive <file> and, when it is sound, put its "
                                              "profile in place of the current one (which "
                                              "is kept beside it, renamed); then exit, without a window."),
                                           tr("file"));
    parser.addOptions({helpOption, versionOption, dataDirOption, langOption, analyzeOption, keyPointsOption,
                       backupOption, restoreOption});

    CommandLine result;
    if (!parser.parse(arguments)) {
        result.action = Action::Error;
        result.text = parser.errorText() + u'\n' +
                      tr("Run \"%1 --help\" for the options.").arg(QLatin1String(kApplicationName));
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.action = Action::Error;
        result.text = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()) + u'\n' +
                      tr("Run \"%1 --help\" for the options.").arg(QLatin1String(kApplicationName));
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.action = Action::ShowHelp;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = Action::ShowVersion;
        result.text = QStringLiteral("%1 %2\n").arg(QLatin1String(kApplicationName), QLatin1String(kVersion));
        return result;
    }
    if (parser.isSet(analyzeOption)) {
        result.action = Action::Analyze;
        result.analyzeFile = parser.value(analyzeOption);
        result.keyPointsGiven = parser.isSet(keyPointsOption);
        if (result.keyPointsGiven)
            for (const QString &phrase : parser.value(keyPointsOption).split(u';'))
                result.keyPoints << phrase.trimmed();
        return result;
    }
    if (parser.isSet(keyPointsOption)) {
        result.action = Action::Error;
        result.text = tr("--key-points is used with --analyze.");
        return result;
    }
    result.dataDir =
        parser.isSet(dataDirOption) ? QDir(parser.value(dataDirOption)).absolutePath() : defaultDataDir();
    result.portable = parser.isSet(dataDirOption);
    result.language = parser.value(langOption);
    if (parser.isSet(dataDirOption) && parser.value(dataDirOption).trimmed().isEmpty()) {
        result.action = Action::Error;
        result.text = tr("The option --data-dir needs a folder.");
    } else if (parser.isSet(backupOption) && parser.isSet(restoreOption)) {
        result.action = Action::Error;
        result.text = tr("--backup and --restore cannot be used together.");
    } else if (parser.isSet(backupOption) || parser.isSet(restoreOption)) {
        result.action = parser.isSet(backupOption) ? Action::Backup : Action::Restore;
        result.archiveFile =
            QDir(parser.isSet(backupOption) ? parser.value(backupOption) : parser.value(restoreOption))
                .absolutePath();
    }
    return result;
}

} // namespace coach
