#include "startup/commandlinemodes.h"

#include "audio/deliveryanalyzer.h"
#include "audio/keywordspotter.h"
#include "core/commandline.h"
#include "core/keypoints.h"
#include "core/speechanalysis.h"
#include "platform/singleinstance.h"
#include "storage/database.h"
#include "storage/profilearchive.h"

#include <QCoreApplication>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

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

// A string as JSON writes it, quotes and escapes included.
QString jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString keyPointsJson(const QList<KeyPointHit> &hits)
{
    QStringList entries;
    for (const KeyPointHit &hit : hits) {
        QString entry =
            QStringLiteral("{\"phrase\": %1, \"heard\": %2")
                .arg(jsonString(hit.phrase), hit.heard ? QStringLiteral("true") : QStringLiteral("false"));
        if (hit.heard)
            entry += QStringLiteral(", \"start_ms\": %1, \"end_ms\": %2").arg(hit.startMs).arg(hit.endMs);
        entries << entry + QStringLiteral(", \"count\": %1}").arg(hit.count);
    }
    return QStringLiteral("[%1]").arg(entries.join(QStringLiteral(", ")));
}

// Why the phrases cannot be listened for, in one line; empty when they can.
QString keyPointsProblem(const QStringList &phrases)
{
    if (const QString problem = keypoints::problemWithList(phrases); !problem.isEmpty())
        return problem;
    if (!KeywordSpotter::isAvailable())
        return QCoreApplication::translate("KeyPoints", "Key points cannot be listened for: the speech model "
                                                        "(the package pocketsphinx-en-us) is not installed.");
    for (const QString &phrase : phrases)
        if (const QStringList unknown = KeywordSpotter::unknownWords(phrase); !unknown.isEmpty())
            return QCoreApplication::translate("KeyPoints",
                                               "\"%1\": the word \"%2\" is not in the speech model's "
                                               "dictionary; write it as it sounds.")
                .arg(phrase, unknown.constFirst());
    return {};
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
        return analyze(options);
    case CommandLine::Action::Backup:
        return backUp(options.dataDir, options.archiveFile);
    case CommandLine::Action::Restore:
        return restore(options.dataDir, options.archiveFile);
    case CommandLine::Action::Run:
        break;
    }
    return {};
}

CommandLineModes::Outcome CommandLineModes::analyze(const CommandLine &options)
{
    // The phrases are checked before anything is read: a typing mistake fails at once.
    if (options.keyPointsGiven)
        if (const QString problem = keyPointsProblem(options.keyPoints); !problem.isEmpty())
            return failed(problem);
    // Read and analysed a block at a time: a take of any length needs the same memory.
    const auto figures = DeliveryAnalyzer::analyseFile(options.analyzeFile);
    if (!figures)
        return failed(figures.error());
    QString json = QString::fromStdString(deliveryFiguresToJson(figures.value()));
    if (options.keyPointsGiven) {
        const auto hits = KeywordSpotter::spotFile(options.analyzeFile, options.keyPoints);
        if (!hits)
            return failed(hits.error());
        json.chop(1); // the closing brace
        json += QStringLiteral(", \"key_points\": %1}").arg(keyPointsJson(hits.value()));
    }
    return printed(json);
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
