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
    static constexpr int kFormatVersion = 1;

    // sourceName appears in error messages; usually the file name.
    static Result<QuestionBank> parse(const QByteArray &json, const QString &sourceName);
    static Result<QuestionBank> loadFile(const QString &path);
};

} // namespace coach
