// Reads and writes questions, categories and banks in the database.
#pragma once

#include "core/question.h"
#include "core/result.h"

#include <QCoreApplication>

namespace coach {

class Database;

class QuestionRepository final
{
    Q_DECLARE_TR_FUNCTIONS(QuestionRepository)

public:
    enum class ImportOutcome { Added, Updated, AlreadyCurrent };

    explicit QuestionRepository(Database &database);

    // Copies a bundled bank in when it is new or newer than the stored copy, in one transaction.
    Result<ImportOutcome> importBundledBank(const QuestionBank &bank);

    // Categories in the order their banks list them; a category id shared by two banks appears once.
    Result<QList<Category>> categories() const;
    // All questions, in bank order.
    Result<QList<Question>> questions() const;
    int storedBankVersion(const QString &bankId) const; // 0 when the bank is not stored

private:
    Status writeBank(const QuestionBank &bank);
    Database &m_database;
};

} // namespace coach
