#include "startup/commandlinemodes.h"

#include "audio/deliveryanalyzer.h"
#include "core/commandline.h"
#include "core/speechanalysis.h"
#include "platform/singleinstance.h"
#include "storage/database.h"
#include "storage/profilearchive.h"

#include <QCoreApplication>

#include <QDir>

#include <cstdio>

namespace coach {

namespace {

CommandLineModes::Outcome printed(const QString &text)
{
    return {true, 0, text, false};
}
CommandLineModes::Outcome failed(const QString &text, int code = 1)
{
    return {true, code, text, true};
}

} // namespace

int CommandLineModes::Outcome::print() const
{
    FILE *stream = isError ? stderr : stdout;
    std::fputs(text.toLocal8Bit().constData(), stream);
    if (!text.endsWith(u'\n'))
        std::fputc('\n', stream);
    return exitCode;
}

CommandLineModes::Outcome CommandLineModes::alreadyRunning()
{
    return {true, 0,
            QCoreApplication::translate("Messages",
                                        "Interview Coach is already running with this data folder; "
                                        "its window was brought to the front."),
            true};
}

CommandLineModes::Outcome CommandLineModes::run(const CommandLine &options)
{
    switch (options.action) {
    case CommandLine::Action::ShowHelp:
    case CommandLine::Action::ShowVersion:
        return printed(options.text);
    case CommandLine::Action::Error:
        return failed(options.text, 2);
    case CommandLine::Action::Analyze:
        return analyze(options.analyzeFile);
    case CommandLine::Action::Backup:
        return backUp(options.dataDir, options.archiveFile);
    case CommandLine::Action::Restore:
        return restore(options.dataDir, options.archiveFile);
    case CommandLine::Action::Run:
        break;
    }
    return {};
}

CommandLineModes::Outcome CommandLineModes::analyze(const QString &file)
{
    // Read and analysed a block at a time: a take of any length needs the same memory.
    const auto figures = DeliveryAnalyzer::analyseFile(file);
    if (!figures)
        return failed(figures.error());
    return printed(QString::fromStdString(deliveryFiguresToJson(figures.value())));
}

CommandLineModes::Outcome CommandLineModes::backUp(const QString &dataDir, const QString &archive)
{
    // Checked before the database is opened, which would create one in an empty folder.
    if (Status held = ProfileArchive::holdsProfile(dataDir); !held)
        return failed(held.error());
    Database database;
    if (Status opened = database.open(QDir(dataDir).filePath(QStringLiteral("coach.sqlite"))); !opened)
        return failed(opened.error());
    if (Status made = ProfileArchive::create(database, dataDir, archive); !made)
        return failed(made.error());
    return printed(QDir::toNativeSeparators(archive));
}

CommandLineModes::Outcome CommandLineModes::restore(const QString &dataDir, const QString &archive)
{
    // A running program holds the database open: the folders cannot be swapped under it.
    SingleInstance running(dataDir);
    if (!running.claim())
        return failed(QCoreApplication::translate("Messages", "Interview Coach is running with this data "
                                                              "folder; close it before restoring."));
    const auto previous = ProfileArchive::restore(archive, dataDir);
    if (!previous)
        return failed(previous.error());
    return printed(QCoreApplication::translate("Messages", "Restored. The previous profile is kept in %1.")
                       .arg(QDir::toNativeSeparators(previous.value())));
}

} // namespace coach
