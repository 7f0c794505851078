#include "support/profile.h"

#include "core/bankloader.h"
#include "storage/database.h"
#include "storage/questionrepository.h"
#include "support/testsupport.h"

#include <QDir>
#include <QSqlQuery>

namespace coach::test {

void openWithBundledBank(Database &database, const QString &path)
{
    const Status opened = database.open(path);
    INFO(opened.error());
    REQUIRE(opened.ok());
    auto bank = BankLoader::loadFile(QStringLiteral(":/banks/backend-engineer.json"));
    INFO(bank.error());
    REQUIRE(bank.ok());
    QuestionRepository questions(database);
    const auto imported = questions.importBundledBank(bank.value());
    INFO(imported.error());
    REQUIRE(imported.ok());
}

QString createProfile(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("coach.sqlite"));
    Database created;
    openWithBundledBank(created, path);
    CHECK(created.isCheckedOnOpen()); // a new file has nothing to check
    QSqlQuery q(created.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    return path;
}

int countQuestions(const Database &database)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM questions")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool canUpdate(const Database &database)
{
    QSqlQuery q(database.connection());
    return q.exec(QStringLiteral("UPDATE questions SET position = position"));
}

} // namespace coach::test
