// Reads a question bank from JSON and validates every field, naming the file, question and field at fault.
#pragma once

#include "core/question.h"
#include "core/result.h"

#include <QCoreApplication>

namespace coach {

class BankLoader final
{
    Q_DECLARE_TR_FUNCTIONS(BankLoader)

public:
    // Version 2 adds "follow_ups"; a version 1 file still reads, with none.
    static constexpr int kFormatVersion = 2;
    static constexpr int kMaxFollowUps = 5;
    static constexpr int kMaxFollowUpLength = 300;

    // The bank's id and version, found by scanning the top level of the JSON without building a document:
    // enough to tell that a stored bank is current without reading it. Empty id when they cannot be told
    // this way (the full parse then says what is wrong).
    struct Header
    {
        QString id;
        int version = 0;
    };
    static Header peekHeader(const QByteArray &json);

    // The banks that come with the program (in its resources), in the order it lists them: the backend bank
    // first (the question a fresh profile opens on), the German one last.
    static QStringList bundledFiles();

    // sourceName appears in error messages; usually the file name.
    static Result<QuestionBank> parse(const QByteArray &json, const QString &sourceName);
    static Result<QuestionBank> loadFile(const QString &path);
};

} // namespace coach
