// Question banks in and out of files: the JSON format of the bundled bank (written back losslessly), a
// simple Markdown list (one question per bullet under category headings), and the checks every imported
// bank passes before anything is stored.
#pragma once

#include "core/question.h"
#include "core/result.h"

#include <QCoreApplication>

namespace coach {

class BankFiles final
{
    Q_DECLARE_TR_FUNCTIONS(BankFiles)

public:
    static constexpr qint64 kMaxFileBytes = 50LL * 1024 * 1024;
    static constexpr int kMarkdownTargetSeconds = 90;

    // Lower-case ASCII letters and digits joined by single hyphens, at most maxLength long ("x" when nothing
    // is left): for ids and file names made from text.
    static QString slug(const QString &text, int maxLength);

    // The bank in the format BankLoader reads, indented.
    static QByteArray toJson(const QuestionBank &bank);
    // Writes toJson() to path atomically: the file is complete or not there at all.
    static Status save(const QuestionBank &bank, const QString &path);
    // "# Bank title" (optional), "## Category" headings, "- question" bullets; lines indented under a bullet
    // continue its text. Ids are derived from the text, so importing the same list twice adds nothing.
    static Result<QuestionBank> parseMarkdown(const QByteArray &markdown, const QString &sourceName);
    // Reads a .json or .md file (by its ending), refusing files over kMaxFileBytes before reading them, then
    // checks the bank with check().
    static Result<QuestionBank> load(const QString &path);
    // Refuses markup and scripts in any text: imported text is shown as plain text, and a bank that carries
    // HTML was not written for this program. Names the question and the field.
    static Status check(const QuestionBank &bank, const QString &sourceName);
};

} // namespace coach
