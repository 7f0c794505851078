// Reads and writes questions, categories and banks in the database.
#pragma once

#include "core/question.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>

#include <future>
#include <optional>

namespace coach {

class Database;

class QuestionRepository final
{
    Q_DECLARE_TR_FUNCTIONS(QuestionRepository)

public:
    enum class ImportOutcome { Added, Updated, AlreadyCurrent };

    explicit QuestionRepository(Database &database);

    // Copies a bundled bank in when it is new or newer than the stored copy, in one transaction. position:
    // where the program lists it among the bundled banks.
    Result<ImportOutcome> importBundledBank(const QuestionBank &bank, int position = 0);

    // Categories in the order their banks list them; a category id shared by two banks appears once.
    Result<QList<Category>> categories() const;
    // All questions, in bank order; hidden ones only when asked for.
    Result<QList<Question>> questions(bool includeHidden = false) const;
    // The same questions as a list shows them: without their guides (detailsLoaded is false), which are
    // most of their text; details() reads one question's guide when it is shown.
    Result<QList<Question>> questionList(bool includeHidden = false) const;
    Result<QuestionDetails> details(const QString &questionId) const;
    // Starts reading questionList(includeHidden) on a thread of its own, over a read-only connection of its
    // own, while the window is being built: the next questionList() with the same flag takes that list
    // instead of reading again. Nothing is started for a database in memory or one opened read-only.
    void preload(bool includeHidden);

    // The person's own questions (bank "custom"). Only the text is required; the category is an existing
    // one's id or a new title. Returns the stored question with its new id.
    Result<Question> addOwnQuestion(Question question, const QString &categoryTitle);
    Status updateOwnQuestion(const Question &question, const QString &categoryTitle);
    // Refused while attempts or stories refer to the question (say so, and suggest hiding).
    Status deleteOwnQuestion(const QString &id);
    // Bundled and imported questions can be hidden and shown again, never edited.
    Status setHidden(const QString &id, bool hidden);
    int storedBankVersion(const QString &bankId) const; // 0 when the bank is not stored
    QHash<QString, int> storedBankVersions() const;     // bank id -> version, of every stored bank

    // What importing a bank would do: questions it adds, and those already there (left as they are).
    struct ImportPreview
    {
        QList<Question> added;
        QList<Question> existing;
    };
    Result<ImportPreview> previewImport(const QuestionBank &bank) const;
    // Adds the bank's new questions (and its categories) in one transaction; returns how many were added.
    // A bank with the id of a bundled one is refused.
    Result<int> importBank(const QuestionBank &bank);

    struct BankInfo
    {
        QString id;
        QString title;
        QString source; // bundled or imported
        int questionCount = 0;
        QString language; // as the bank's file gives it, e.g. "en"
    };
    Result<QList<BankInfo>> banks() const;
    // One stored bank, as a file would hold it (for export).
    Result<QuestionBank> bank(const QString &bankId) const;

private:
    enum class WriteMode { Bundled, Import };
    Status writeBank(const QuestionBank &bank, WriteMode mode, int position = 0);
    Status ensureOwnCategory(const QString &categoryId, const QString &title);
    Status writeOwnQuestion(const Question &question, bool insert);
    Status writeImportedKeyPoints(const QuestionBank &bank);
    Database &m_database;
    struct Preload
    {
        bool includeHidden = false;
        std::future<std::optional<QList<Question>>> list;
    };
    mutable std::optional<Preload> m_preload;
};

} // namespace coach
