#include "core/bankfiles.h"
#include "core/bankloader.h"
#include "storage/database.h"
#include "storage/questionrepository.h"
#include "support/profile.h"
#include "support/testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using coach::QuestionRepository;

namespace {

coach::QuestionBank bundledBank()
{
    auto bank = coach::BankLoader::loadFile(QStringLiteral(":/banks/backend-engineer.json"));
    INFO(bank.error());
    REQUIRE(bank.ok());
    return bank.value();
}

} // namespace

TEST_CASE("The bundled bank is copied into the database once", "[storage][questions]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("coach.sqlite"));
    const coach::QuestionBank bank = bundledBank();
    {
        coach::Database db;
        REQUIRE(db.open(path).ok());
        QuestionRepository repo(db);
        const auto first = repo.importBundledBank(bank);
        INFO(first.error());
        REQUIRE(first.ok());
        CHECK(first.value() == QuestionRepository::ImportOutcome::Added);
        CHECK(repo.storedBankVersion(bank.id) == bank.version);
    }
    coach::Database db;
    REQUIRE(db.open(path).ok());
    QuestionRepository repo(db);
    const auto again = repo.importBundledBank(bank);
    REQUIRE(again.ok());
    CHECK(again.value() == QuestionRepository::ImportOutcome::AlreadyCurrent);

    const auto questions = repo.questions();
    REQUIRE(questions.ok());
    REQUIRE(questions->size() == bank.questions.size());
    for (qsizetype i = 0; i < bank.questions.size(); ++i) {
        const coach::Question &stored = questions->at(i);
        const coach::Question &original = bank.questions.at(i);
        INFO(original.id);
        CHECK(stored.id == original.id);
        CHECK(stored.text == original.text);
        CHECK(stored.tags == original.tags);
        CHECK(stored.strongAnswerShows == original.strongAnswerShows);
        CHECK(stored.tips == original.tips);
        CHECK(stored.sampleAnswer == original.sampleAnswer);
        CHECK(stored.juniorVariant == original.juniorVariant);
        CHECK(stored.followUps == original.followUps);
        CHECK(stored.star == original.star);
        CHECK(stored.targetSeconds == original.targetSeconds);
        CHECK(stored.categoryId == original.categoryId);
    }
    const auto categories = repo.categories();
    REQUIRE(categories.ok());
    CHECK(categories->size() == bank.categories.size());
    CHECK(categories->constFirst().id == bank.categories.constFirst().id);
}

TEST_CASE("A newer bundled bank updates the stored questions", "[storage][questions]")
{
    coach::Database db;
    REQUIRE(db.open(QStringLiteral(":memory:")).ok());
    QuestionRepository repo(db);
    coach::QuestionBank bank = bundledBank();
    const auto imported = repo.importBundledBank(bank);
    INFO(imported.error());
    REQUIRE(imported.ok());

    bank.version += 1;
    bank.questions[0].text = QStringLiteral("Introduce yourself in two minutes.");
    const auto updated = repo.importBundledBank(bank);
    REQUIRE(updated.ok());
    CHECK(updated.value() == QuestionRepository::ImportOutcome::Updated);
    const auto questions = repo.questions();
    REQUIRE(questions.ok());
    CHECK(questions->size() == bank.questions.size());
    CHECK(questions->constFirst().text == QStringLiteral("Introduce yourself in two minutes."));
}

TEST_CASE("A bank that cannot be written leaves nothing half-written", "[storage][questions]")
{
    coach::Database db;
    REQUIRE(db.open(QStringLiteral(":memory:")).ok());
    QuestionRepository repo(db);
    coach::QuestionBank bank = bundledBank();
    bank.questions[5].categoryId = QStringLiteral("no-such-category"); // breaks the foreign key
    const auto imported = repo.importBundledBank(bank);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().contains(QStringLiteral("cannot be saved")));
    CHECK(repo.storedBankVersion(bank.id) == 0);
    const auto questions = repo.questions();
    REQUIRE(questions.ok());
    CHECK(questions->isEmpty());
}

TEST_CASE("An imported bank adds its new questions in one transaction, and exports as it was",
          "[storage][questions][import]")
{
    QTemporaryDir dir;
    coach::Database database;
    coach::test::openWithBundledBank(database, dir.filePath(QStringLiteral("coach.sqlite")));
    coach::QuestionRepository repo(database);
    const auto md = coach::BankFiles::parseMarkdown("# Data\n## Pipelines\n- First?\n- Second?\n",
                                                    QStringLiteral("d.md"));
    REQUIRE(md.ok());

    auto preview = repo.previewImport(md.value());
    REQUIRE(preview.ok());
    CHECK(preview->added.size() == 2);
    CHECK(preview->existing.isEmpty());
    const auto imported = repo.importBank(md.value());
    INFO(imported.error().toStdString());
    REQUIRE(imported.ok());
    REQUIRE(imported.value() == 2);
    CHECK(repo.questions()->size() == 22);
    // Again: nothing new, nothing changed.
    CHECK(repo.previewImport(md.value())->existing.size() == 2);
    CHECK(repo.importBank(md.value()).value() == 0);
    CHECK(repo.questions()->size() == 22);

    // Export and read back: the same bank.
    const auto stored = repo.bank(md->id);
    REQUIRE(stored.ok());
    CHECK(stored->questions.size() == 2);
    CHECK(coach::BankFiles::toJson(stored.value()) == coach::BankFiles::toJson(md.value()));
    const auto banks = repo.banks();
    REQUIRE(banks.ok());
    REQUIRE(banks->size() == 2);
    CHECK(banks->at(1).source == QStringLiteral("imported"));
    CHECK(banks->at(1).questionCount == 2);
    CHECK(banks->at(0).language == QStringLiteral("en"));

    SECTION("a bank with a bundled bank's id is refused")
    {
        coach::QuestionBank clash = md.value();
        clash.id = QStringLiteral("backend-engineer");
        const auto refused = repo.importBank(clash);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("comes with the program")));
    }
    SECTION("a failure part-way leaves nothing behind")
    {
        auto broken =
            coach::BankFiles::parseMarkdown("# Other\n## T\n- One?\n- Two?\n", QStringLiteral("o.md"))
                .value();
        broken.questions[1].targetSeconds = 0; // refused by the table's check, after the first was written
        const auto refused = repo.importBank(broken);
        REQUIRE_FALSE(refused.ok());
        CHECK(repo.questions()->size() == 22);
        CHECK(repo.banks()->size() == 2);
    }
}

TEST_CASE("Own questions are added, edited and deleted; bundled ones only hidden, and updates keep both",
          "[storage][questions][own]")
{
    coach::Database db;
    REQUIRE(db.open(QStringLiteral(":memory:")).ok());
    QuestionRepository repo(db);
    coach::QuestionBank bank = bundledBank();
    REQUIRE(repo.importBundledBank(bank).ok());

    coach::Question mine;
    mine.text = QStringLiteral("  How would you shard our orders table?  ");
    const auto added = repo.addOwnQuestion(mine, QString());
    REQUIRE(added.ok());
    CHECK(added->id.startsWith(QStringLiteral("custom-")));
    CHECK(added->text == QStringLiteral("How would you shard our orders table?"));
    CHECK(added->targetSeconds == 90);
    coach::Question technical;
    technical.text = QStringLiteral("What is a covering index?");
    const auto second =
        repo.addOwnQuestion(technical, QStringLiteral("technical depth")); // an existing title
    REQUIRE(second.ok());
    CHECK(second->categoryId == QStringLiteral("technical"));
    CHECK_FALSE(repo.addOwnQuestion(coach::Question{}, QString()).ok()); // the text is required

    auto all = repo.questions();
    REQUIRE(all->size() == bank.questions.size() + 2);
    CHECK(all->constLast().bankId == QLatin1String(coach::kCustomBankId));
    const auto categories = repo.categories();
    CHECK(std::any_of(categories->cbegin(), categories->cend(),
                      [](const coach::Category &c) { return c.title == QStringLiteral("My questions"); }));

    coach::Question edited = added.value();
    edited.text = QStringLiteral("How would you shard the orders table?");
    edited.tips = {QStringLiteral("Start from the access pattern")};
    REQUIRE(repo.updateOwnQuestion(edited, QStringLiteral("Databases")).ok());
    all = repo.questions();
    const auto stored =
        std::find_if(all->cbegin(), all->cend(), [&](const coach::Question &q) { return q.id == edited.id; });
    REQUIRE(stored != all->cend());
    CHECK(stored->text == edited.text);
    CHECK(stored->tips == edited.tips);
    CHECK(stored->categoryId == QStringLiteral("custom-databases"));

    // Bundled questions are not edited or deleted, only hidden.
    coach::Question bundled = bank.questions[0];
    bundled.text = QStringLiteral("Changed");
    CHECK_FALSE(repo.updateOwnQuestion(bundled, QStringLiteral("Introduction")).ok());
    CHECK_FALSE(repo.deleteOwnQuestion(bank.questions[0].id).ok());
    REQUIRE(repo.setHidden(bank.questions[0].id, true).ok());
    CHECK(repo.questions()->size() == bank.questions.size() + 1);
    CHECK(repo.questions(true)->size() == bank.questions.size() + 2);
    CHECK(repo.questions(true)->constFirst().hidden);

    // A newer bundled bank: its text changes, the person's choices and questions stay.
    bank.version += 1;
    bank.questions[1].text = QStringLiteral("Why this role, in one minute?");
    REQUIRE(repo.importBundledBank(bank).ok());
    all = repo.questions(true);
    CHECK(all->at(0).hidden);
    CHECK(all->at(1).text == QStringLiteral("Why this role, in one minute?"));
    CHECK(all->size() == bank.questions.size() + 2);

    // An own question with an attempt is not deleted (hide it instead); without, it goes.
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO attempts (question_id, started_at, duration_ms, audio_path, status) "
                       "VALUES (?, '2026-01-01T10:00:00.000Z', 1000, 'a.opus', 'complete')"));
    q.addBindValue(second->id);
    REQUIRE(q.exec());
    const coach::Status refused = repo.deleteOwnQuestion(second->id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("Hide it instead")));
    REQUIRE(repo.deleteOwnQuestion(edited.id).ok());
    CHECK(repo.questions(true)->size() == bank.questions.size() + 1);
}

TEST_CASE("Follow-ups are stored per question and go through export and import unchanged",
          "[storage][questions][import]")
{
    QTemporaryDir dir;
    coach::Database database;
    coach::test::openWithBundledBank(database, dir.filePath(QStringLiteral("coach.sqlite")));
    coach::QuestionRepository repo(database);
    const coach::QuestionBank bundled = bundledBank();
    REQUIRE(bundled.questions.first().followUps.size() >= 2);

    // Exported to a file, given an id of its own and imported into another profile.
    const auto exported = repo.bank(bundled.id);
    REQUIRE(exported.ok());
    coach::QuestionBank copy = exported.value();
    copy.id = QStringLiteral("backend-copy");
    for (coach::Question &q : copy.questions)
        q.id = QStringLiteral("copy-") + q.id;
    const QString file = dir.filePath(QStringLiteral("copy.json"));
    REQUIRE(coach::BankFiles::save(copy, file).ok());
    const auto read = coach::BankFiles::load(file);
    INFO(read.error());
    REQUIRE(read.ok());

    coach::Database other;
    REQUIRE(other.open(QStringLiteral(":memory:")).ok());
    coach::QuestionRepository otherRepo(other);
    const auto imported = otherRepo.importBank(read.value());
    INFO(imported.error());
    REQUIRE(imported.ok());
    CHECK(imported.value() == bundled.questions.size());
    const auto stored = otherRepo.questions();
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == bundled.questions.size());
    for (qsizetype i = 0; i < stored->size(); ++i) {
        INFO(stored->at(i).id);
        CHECK(stored->at(i).followUps == bundled.questions.at(i).followUps);
    }
    // And out again: the same file.
    CHECK(coach::BankFiles::toJson(otherRepo.bank(copy.id).value()) == coach::test::readFile(file));

    // Own questions have none.
    coach::Question own;
    own.text = QStringLiteral("What did you learn last month?");
    const auto added = repo.addOwnQuestion(own, QString());
    REQUIRE(added.ok());
    const auto all = repo.questions();
    REQUIRE(all.ok());
    const auto it =
        std::find_if(all->cbegin(), all->cend(), [&](const coach::Question &q) { return q.id == added->id; });
    REQUIRE(it != all->cend());
    CHECK(it->followUps.isEmpty());
}

TEST_CASE("A format version 1 file still imports, its questions without follow-ups",
          "[storage][questions][import]")
{
    QTemporaryDir dir;
    QJsonObject bank =
        QJsonDocument::fromJson(coach::test::readFile(QStringLiteral(":/banks/backend-engineer.json")))
            .object();
    bank.insert(QStringLiteral("format_version"), 1);
    bank.insert(QStringLiteral("id"), QStringLiteral("backend-v1"));
    QJsonArray questions = bank.value(QStringLiteral("questions")).toArray();
    for (qsizetype i = 0; i < questions.size(); ++i) {
        QJsonObject q = questions.at(i).toObject();
        q.insert(QStringLiteral("id"), QStringLiteral("v1-%1").arg(i));
        q.remove(QStringLiteral("follow_ups"));
        questions.replace(i, q);
    }
    bank.insert(QStringLiteral("questions"), questions);
    const QString file = dir.filePath(QStringLiteral("old.json"));
    coach::test::writeFile(file, QJsonDocument(bank).toJson());

    const auto read = coach::BankFiles::load(file);
    INFO(read.error());
    REQUIRE(read.ok());
    coach::Database database;
    REQUIRE(database.open(QStringLiteral(":memory:")).ok());
    coach::QuestionRepository repo(database);
    const auto imported = repo.importBank(read.value());
    INFO(imported.error());
    REQUIRE(imported.ok());
    CHECK(imported.value() == 20);
    const auto stored = repo.questions();
    REQUIRE(stored.ok());
    for (const coach::Question &q : stored.value())
        CHECK(q.followUps.isEmpty());
}

TEST_CASE("Every bundled bank is stored, listed in the program's order before imported ones",
          "[storage][questions]")
{
    const QStringList names = QDir(QStringLiteral(":/banks")).entryList(QDir::Files, QDir::Name);
    REQUIRE(names.size() == 8);
    coach::Database database;
    REQUIRE(database.open(QStringLiteral(":memory:")).ok());
    coach::QuestionRepository repo(database);
    const auto md = coach::BankFiles::parseMarkdown("## Pipelines\n- First?\n", QStringLiteral("d.md"));
    REQUIRE(repo.importBank(md.value()).ok());
    // Written in reverse: the stored order follows the positions given, not the order of writing.
    qsizetype total = 0;
    QStringList expected;
    for (qsizetype i = names.size() - 1; i >= 0; --i) {
        const auto bank = coach::BankFiles::load(QStringLiteral(":/banks/") + names.at(i));
        INFO(bank.error());
        REQUIRE(bank.ok());
        const auto imported = repo.importBundledBank(bank.value(), static_cast<int>(i));
        INFO(imported.error());
        REQUIRE(imported.ok());
        total += bank->questions.size();
        expected.prepend(bank->id);
    }
    expected.append(md->id);
    QStringList listed;
    const auto banks = repo.banks();
    REQUIRE(banks.ok());
    for (const auto &info : banks.value())
        listed.append(info.id);
    CHECK(listed == expected);
    const auto questions = repo.questions();
    REQUIRE(questions.ok());
    CHECK(questions->size() == total + 1);
    CHECK(questions->constFirst().bankId == expected.constFirst());
    CHECK(questions->constLast().bankId == md->id);
    CHECK(repo.storedBankVersions().size() == 9);
    for (const coach::Question &q : questions.value()) {
        if (q.bankId != md->id)
            CHECK(q.followUps.size() >= 2);
    }
}

TEST_CASE("Migration 8 gives the questions of an older profile no follow-ups, and the next bank adds them",
          "[storage][questions]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("coach.sqlite"));
    QList<coach::Database::Migration> upTo7 = coach::Database::bundledMigrations();
    REQUIRE(upTo7.size() >= 8);
    while (upTo7.constLast().version > 7)
        upTo7.removeLast();
    {
        coach::Database older;
        REQUIRE(older.open(path, upTo7).ok());
        QSqlQuery q(older.connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO banks VALUES ('backend-engineer', 'Backend', 'en', 1, "
                                      "'bundled', '2026-01-01T00:00:00Z')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO categories VALUES ('backend-engineer', 'introduction', "
                                      "'Introduction', 0)")));
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO questions (id, bank_id, category_id, position, text, why_asked, sample_answer, "
            "is_star, target_seconds) VALUES ('be-tell-me-about-yourself', 'backend-engineer', "
            "'introduction', 0, 'Tell me about yourself.', '', '', 0, 90)")));
    }
    coach::Database db;
    REQUIRE(db.open(path).ok());
    CHECK(db.schemaVersion() >= 8);
    QuestionRepository repo(db);
    REQUIRE(repo.questions()->size() == 1);
    CHECK(repo.questions()->constFirst().followUps.isEmpty());

    const coach::QuestionBank bank = bundledBank();
    REQUIRE(bank.version > 1);
    REQUIRE(repo.importBundledBank(bank).value() == QuestionRepository::ImportOutcome::Updated);
    CHECK(repo.questions()->constFirst().followUps == bank.questions.constFirst().followUps);
}

TEST_CASE("A list of questions comes without their guides, and each guide is read by itself",
          "[storage][questions]")
{
    QTemporaryDir dir;
    coach::Database db;
    coach::test::openWithBundledBank(db, dir.filePath(QStringLiteral("coach.sqlite")));
    QuestionRepository repo(db);
    const auto whole = repo.questions(true);
    REQUIRE(whole.ok());
    const auto list = repo.questionList(true);
    REQUIRE(list.ok());
    REQUIRE(list->size() == whole->size());
    REQUIRE_FALSE(list->isEmpty());
    for (qsizetype i = 0; i < list->size(); ++i) {
        const coach::Question &listed = list->at(i);
        const coach::Question &full = whole->at(i);
        INFO(full.id);
        CHECK(full.detailsLoaded);
        CHECK_FALSE(listed.detailsLoaded);
        CHECK(listed.id == full.id);
        CHECK(listed.bankId == full.bankId);
        CHECK(listed.categoryId == full.categoryId);
        CHECK(listed.position == full.position);
        CHECK(listed.text == full.text);
        CHECK(listed.tags == full.tags);
        CHECK(listed.star == full.star);
        CHECK(listed.targetSeconds == full.targetSeconds);
        CHECK(listed.hidden == full.hidden);
        CHECK(listed.whyAsked.isEmpty());
        CHECK(listed.sampleAnswer.isEmpty());

        const auto details = repo.details(full.id);
        REQUIRE(details.ok());
        coach::Question completed = listed;
        completed.setDetails(details.value());
        CHECK(completed.detailsLoaded);
        CHECK(completed.whyAsked == full.whyAsked);
        CHECK_FALSE(completed.whyAsked.isEmpty());
        CHECK(completed.strongAnswerShows == full.strongAnswerShows);
        CHECK(completed.tips == full.tips);
        CHECK(completed.sampleAnswer == full.sampleAnswer);
        CHECK(completed.juniorVariant == full.juniorVariant);
        CHECK(completed.followUps == full.followUps);
    }

    const auto missing = repo.details(QStringLiteral("no-such-question"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("no-such-question")));
}

TEST_CASE("Questions read ahead on a thread of their own are the ones the main connection lists",
          "[storage][questions][preload]")
{
    QTemporaryDir dir;
    coach::Database db;
    coach::test::openWithBundledBank(db, dir.filePath(QStringLiteral("coach.sqlite")));
    QuestionRepository repo(db);
    REQUIRE(repo.setHidden(QStringLiteral("be-improved-backend-performance"), true).ok());
    const auto expected = repo.questionList();
    REQUIRE(expected.ok());
    const auto expectedAll = repo.questionList(true);
    REQUIRE(expectedAll->size() == expected->size() + 1);

    auto sameList = [](const QList<coach::Question> &a, const QList<coach::Question> &b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a[i].id != b[i].id || a[i].text != b[i].text || a[i].tags != b[i].tags ||
                a[i].detailsLoaded != b[i].detailsLoaded)
                return false;
        }
        return true;
    };
    SECTION("the same flag takes the list read ahead")
    {
        repo.preload(false);
        const auto list = repo.questionList();
        REQUIRE(list.ok());
        CHECK(sameList(list.value(), expected.value()));
        CHECK_FALSE(list->constFirst().detailsLoaded);
    }
    SECTION("another flag reads again")
    {
        repo.preload(false);
        const auto list = repo.questionList(true);
        REQUIRE(list.ok());
        CHECK(sameList(list.value(), expectedAll.value()));
    }
    SECTION("a change made after the read ahead is seen by the next read")
    {
        repo.preload(false);
        CHECK(sameList(repo.questionList().value(), expected.value()));
        REQUIRE(repo.setHidden(QStringLiteral("be-improved-backend-performance"), false).ok());
        CHECK(sameList(repo.questionList().value(), expectedAll.value()));
    }
    SECTION("the whole questions are never the list read ahead")
    {
        repo.preload(false);
        const auto whole = repo.questions();
        REQUIRE(whole.ok());
        CHECK(whole->constFirst().detailsLoaded);
        CHECK_FALSE(whole->constFirst().whyAsked.isEmpty());
    }
}

TEST_CASE("A database in memory reads no questions ahead, and still lists them",
          "[storage][questions][preload]")
{
    coach::Database db;
    coach::test::openWithBundledBank(db, QStringLiteral(":memory:"));
    QuestionRepository repo(db);
    repo.preload(false);
    const auto list = repo.questionList();
    REQUIRE(list.ok());
    CHECK_FALSE(list->isEmpty());
}
