#include "support/profile.h"

#include "core/bankloader.h"
#include "storage/database.h"
#include "storage/questionrepository.h"
#include "support/testsupport.h"

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

} // namespace coach::test
