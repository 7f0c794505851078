// Choosing the roles to practise for: the panel over the question list at first start, the list filtered by
// the chosen banks and by one bank, the choice kept for the profile and changed later.
#include "core/bankloader.h"
#include "core/rolechoice.h"
#include "core/settings.h"
#include "models/rolelistmodel.h"
#include "widgets/historywindow.h"
#include "widgets/questionbrowser.h"
#include "widgets/rolechooser.h"
#include "widgets/stareditor.h"
#include "widgets/windowfixture.h"

#include "models/historymodel.h"
#include "models/questiontreemodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTranslator>
#include <QTreeView>

#include <optional>

using coach::test::child;

namespace {

// Two more banks beside the backend one, copied in the way the program copies its own banks.
void addRoleBanks(Fixture &fixture)
{
    for (const char *file : {"roles-frontend.json", "roles-allgemein.json"}) {
        const auto bank = coach::BankLoader::loadFile(QStringLiteral(COACH_SOURCE_DIR "/tests/data/") +
                                                      QString::fromLatin1(file));
        INFO(bank.error());
        REQUIRE(bank.ok());
        const auto imported = fixture.repo->importBundledBank(bank.value());
        INFO(imported.error());
        REQUIRE(imported.ok());
    }
}

// Every bank that comes with the program, copied in as a start does: in the program's order, each with its
// place in the list.
QList<coach::QuestionBank> addBundledBanks(Fixture &fixture)
{
    QList<coach::QuestionBank> banks;
    const QStringList files = coach::BankLoader::bundledFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        auto bank = coach::BankLoader::loadFile(files.at(i));
        INFO(bank.error());
        REQUIRE(bank.ok());
        const auto imported = fixture.repo->importBundledBank(bank.value(), static_cast<int>(i));
        INFO(imported.error());
        REQUIRE(imported.ok());
        banks.append(std::move(bank).value());
    }
    return banks;
}

QStringList listedQuestionIds(QTreeView &tree)
{
    QStringList ids;
    const QAbstractItemModel *model = tree.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex category = model->index(row, 0);
        for (int child = 0; child < model->rowCount(category); ++child)
            ids << model->index(child, 0, category).data(coach::QuestionTreeModel::IdRole).toString();
    }
    return ids;
}

// How many listed questions come from each bank, by the prefix of their ids.
int countWithPrefix(const QStringList &ids, const char *prefix)
{
    return static_cast<int>(std::count_if(ids.begin(), ids.end(), [prefix](const QString &id) {
        return id.startsWith(QLatin1String(prefix));
    }));
}

QStringList offeredBankIds(QListView &list)
{
    QStringList ids;
    for (int row = 0; row < list.model()->rowCount(); ++row)
        ids << list.model()->index(row, 0).data(coach::RoleListModel::BankIdRole).toString();
    return ids;
}

bool isTicked(QListView &list, int row)
{
    return list.model()->index(row, 0).data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
}

} // namespace

TEST_CASE("At first start the roles are offered over the list, and the choice filters it and is kept",
          "[widgets][roles]")
{
    Fixture fixture;
    addRoleBanks(fixture);
    coach::Question own;
    own.text = QStringLiteral("What would I ask myself?");
    REQUIRE(fixture.repo->addOwnQuestion(own, QStringLiteral("Mine")).ok());
    coach::Attempt attempt;
    attempt.questionId = QStringLiteral("be-tell-me-about-yourself");
    attempt.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    attempt.durationMs = 30000;
    attempt.audioPath = QStringLiteral("recordings/none.opus");
    REQUIRE(fixture.attempts->add(attempt).ok());

    auto window = fixture.window();
    auto *chooser = child<coach::RoleChooser>(*window, "roleChooser");
    auto *roleList = child<QListView>(*chooser, "roleList");
    auto *start = child<QPushButton>(*chooser, "startPractisingButton");
    auto *tree = child<QTreeView>(*window, "questionTree");
    auto *bankFilter = child<QComboBox>(*window, "bankFilter");

    // Offered in place, not in a dialog; the list keeps the focus, so its keys work at once.
    CHECK(chooser->isVisible());
    CHECK(chooser->window() == window.get());
    CHECK(QApplication::focusWidget() == tree);
    CHECK_FALSE(roleList->accessibleName().isEmpty());
    // English banks first, ticked and listed until a choice; the German one offered after them.
    CHECK(offeredBankIds(*roleList) == QStringList{QStringLiteral("backend-engineer"),
                                                   QStringLiteral("test-frontend"),
                                                   QStringLiteral("test-allgemein")});
    CHECK(isTicked(*roleList, 0));
    CHECK(isTicked(*roleList, 1));
    CHECK_FALSE(isTicked(*roleList, 2));
    CHECK(roleList->model()->index(1, 0).data().toString() ==
          QStringLiteral("Frontend engineer (test) (2 questions)"));
    QStringList listed = listedQuestionIds(*tree);
    CHECK(listed.size() == 23); // 20 backend, 2 frontend, the own one
    CHECK(countWithPrefix(listed, "ta-") == 0);
    CHECK(bankFilter->isVisible());
    CHECK(bankFilter->count() == 3); // all my roles, backend, frontend

    // By keyboard: into the list, Space unticks the backend bank (and records nothing), Start practising.
    chooser->focusRoles();
    roleList->setCurrentIndex(roleList->model()->index(0, 0));
    QTest::keyClick(roleList, Qt::Key_Space);
    CHECK_FALSE(isTicked(*roleList, 0));
    CHECK_FALSE(window->findChild<QAction *>(QStringLiteral("recordAction"))
                    ->text()
                    .contains(QStringLiteral("Stop")));
    QTest::keyClick(roleList, Qt::Key_Space);
    CHECK(isTicked(*roleList, 0));
    QTest::keyClick(roleList, Qt::Key_Space);
    QTest::keyClick(roleList, Qt::Key_Down);
    QTest::keyClick(roleList, Qt::Key_Down);
    QTest::keyClick(roleList, Qt::Key_Space); // the German bank too
    CHECK(chooser->checkedIds() ==
          QStringList{QStringLiteral("test-frontend"), QStringLiteral("test-allgemein")});
    QTest::mouseClick(start, Qt::LeftButton);

    CHECK_FALSE(chooser->isVisible());
    listed = listedQuestionIds(*tree);
    CHECK(listed.size() == 6); // 2 frontend, 3 German, the own one
    CHECK(countWithPrefix(listed, "be-") == 0);
    CHECK(bankFilter->count() == 3);
    // One bank at a time; the person's own questions always listed.
    bankFilter->setCurrentIndex(bankFilter->findData(QStringLiteral("test-allgemein")));
    listed = listedQuestionIds(*tree);
    CHECK(listed.size() == 4);
    CHECK(countWithPrefix(listed, "ta-") == 3);
    // Practising next keeps to the roles: the backend question with its unrated take would come first.
    const QString next = window->practiseNext();
    CHECK_FALSE(next.isEmpty());
    CHECK_FALSE(next.startsWith(QLatin1String("be-")));
    bankFilter->setCurrentIndex(0);

    // The hidden bank stays in the database, its take in the History.
    CHECK(fixture.repo->questions()->size() == 26);
    CHECK(window->showHistory()->model()->totalCount() == 1);

    // The same profile opened again: the choice holds, no panel.
    window.reset();
    fixture.settings =
        std::make_unique<coach::Settings>(fixture.dir.filePath(QStringLiteral("settings.ini")));
    window = fixture.window();
    // (not even built: it is made when the roles are first offered)
    CHECK(window->findChild<coach::RoleChooser *>(QStringLiteral("roleChooser")) == nullptr);
    tree = child<QTreeView>(*window, "questionTree");
    CHECK(listedQuestionIds(*tree).size() == 6);
    CHECK(coach::RoleChoice(*fixture.settings).stored() ==
          QStringList{QStringLiteral("test-frontend"), QStringLiteral("test-allgemein")});

    // Changed later from the View menu: the panel again, with the chosen roles ticked.
    window->findChild<QAction *>(QStringLiteral("rolesAction"))->trigger();
    chooser = child<coach::RoleChooser>(*window, "roleChooser");
    REQUIRE(chooser->isVisible());
    roleList = child<QListView>(*chooser, "roleList");
    CHECK(QApplication::focusWidget() == roleList);
    CHECK_FALSE(isTicked(*roleList, 0));
    CHECK(isTicked(*roleList, 1));
    CHECK(isTicked(*roleList, 2));
    REQUIRE(roleList->model()->setData(roleList->model()->index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
    REQUIRE(roleList->model()->setData(roleList->model()->index(2, 0), Qt::Unchecked, Qt::CheckStateRole));
    // Nothing ticked: nothing to start with.
    start = child<QPushButton>(*chooser, "startPractisingButton");
    CHECK_FALSE(start->isEnabled());
    REQUIRE(roleList->model()->setData(roleList->model()->index(0, 0), Qt::Checked, Qt::CheckStateRole));
    start->click();
    CHECK(listedQuestionIds(*tree).size() == 21);
    CHECK_FALSE(child<QComboBox>(*window, "bankFilter")->isVisible()); // one role: nothing to filter by
}

TEST_CASE("With the interface in German the German bank comes first and is listed until a choice",
          "[widgets][roles]")
{
    Fixture fixture;
    addRoleBanks(fixture);
    auto window = fixture.window(QStringLiteral("de"));
    auto *chooser = child<coach::RoleChooser>(*window, "roleChooser");
    auto *roleList = child<QListView>(*chooser, "roleList");
    REQUIRE(chooser->isVisible());
    CHECK(offeredBankIds(*roleList) == QStringList{QStringLiteral("test-allgemein"),
                                                   QStringLiteral("backend-engineer"),
                                                   QStringLiteral("test-frontend")});
    CHECK(chooser->checkedIds() == QStringList{QStringLiteral("test-allgemein")});
    const QStringList listed = listedQuestionIds(*child<QTreeView>(*window, "questionTree"));
    CHECK(listed == QStringList{QStringLiteral("ta-staerken"), QStringLiteral("ta-wechsel"),
                                QStringLiteral("ta-rueckfragen")});
    // The first question listed is the one shown, though the first bank is left out.
    CHECK(child<coach::QuestionBrowser>(*window, "questionBrowser")->currentQuestionId() ==
          QStringLiteral("ta-staerken"));
    // Its category by the bank's own title, not by its id.
    CHECK(child<QLabel>(*window, "detailsLabel")->text().startsWith(QStringLiteral("Einstieg  \u00b7  ")));
    // Until the person chooses, nothing is stored.
    CHECK_FALSE(coach::RoleChoice(*fixture.settings).isMade());
}

TEST_CASE("The panel offers every bundled bank by its title, those of the interface's language first",
          "[widgets][roles]")
{
    const bool german = GENERATE(false, true);
    const QString language = german ? QStringLiteral("de") : QStringLiteral("en");
    INFO("interface language " << language.toStdString());
    Fixture fixture;
    const QList<coach::QuestionBank> banks = addBundledBanks(fixture);
    REQUIRE(banks.size() == 8);
    auto window = fixture.window(language);
    auto *chooser = child<coach::RoleChooser>(*window, "roleChooser");
    auto *roleList = child<QListView>(*chooser, "roleList");
    REQUIRE(chooser->isVisible());

    // Each bank once, by its own title and question count: the interface's language first, each group in
    // the program's order.
    QStringList expected;
    QStringList expectedTicked;
    for (const bool sameLanguage : {true, false}) {
        for (const coach::QuestionBank &bank : banks) {
            if ((bank.language == language) != sameLanguage)
                continue;
            expected << bank.id;
            if (sameLanguage)
                expectedTicked << bank.id;
        }
    }
    REQUIRE(offeredBankIds(*roleList) == expected);
    for (int row = 0; row < roleList->model()->rowCount(); ++row) {
        const auto bank = std::find_if(banks.cbegin(), banks.cend(), [&](const coach::QuestionBank &b) {
            return b.id == expected.at(row);
        });
        INFO(bank->id.toStdString());
        CHECK(roleList->model()->index(row, 0).data().toString() ==
              QStringLiteral("%1 (%2 questions)").arg(bank->title).arg(bank->questions.size()));
    }
    // Until a choice, the banks of the interface's language are ticked: in German the German one alone.
    CHECK(chooser->checkedIds() == expectedTicked);
    if (german) {
        CHECK(expected.first() == QStringLiteral("allgemeine-fragen-de"));
        CHECK(expectedTicked == QStringList{QStringLiteral("allgemeine-fragen-de")});
    } else {
        CHECK(expected.last() == QStringLiteral("allgemeine-fragen-de"));
        CHECK(expectedTicked.size() == 7);
    }
}

namespace {

// The letter after a single '&' of a label, lower case; none for a label without one.
std::optional<QChar> mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return std::nullopt;
}

// Every Alt+letter the window answers as it is shown: its menus, the visible buttons, labels with a buddy and
// tabs, each with the label that carries it.
QMultiHash<QChar, QString> visibleMnemonics(QWidget &window)
{
    QMultiHash<QChar, QString> found;
    const auto add = [&found](const QString &text) {
        if (const auto letter = mnemonicOf(text))
            found.insert(*letter, text);
    };
    for (QAction *menu : window.findChild<QMenuBar *>()->actions())
        add(menu->text());
    for (auto *button : window.findChildren<QAbstractButton *>())
        if (button->isVisibleTo(&window))
            add(button->text());
    for (auto *label : window.findChildren<QLabel *>())
        if (label->isVisibleTo(&window) && label->buddy())
            add(label->text());
    for (auto *tabs : window.findChildren<QTabBar *>())
        if (tabs->isVisibleTo(&window))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
    return found;
}

} // namespace

TEST_CASE("No two labels the first start shows answer the same Alt key, in English and in German",
          "[widgets][roles]")
{
    const bool german = GENERATE(false, true);
    INFO((german ? "German" : "English"));
    QTranslator translator;
    if (german) {
        REQUIRE(translator.load(QStringLiteral("interview-coach_de.qm"), QStringLiteral(COACH_QM_DIR)));
        QCoreApplication::installTranslator(&translator);
    }
    Fixture fixture;
    auto window = fixture.window(german ? QStringLiteral("de") : QStringLiteral("en"));
    window->show();
    REQUIRE(child<coach::RoleChooser>(*window, "roleChooser")->isVisible());
    const auto clashes = [&window] {
        const QMultiHash<QChar, QString> mnemonics = visibleMnemonics(*window);
        CHECK(mnemonics.size() > 8);
        QStringList found;
        for (const QChar letter : mnemonics.uniqueKeys())
            if (mnemonics.count(letter) > 1)
                found << QStringLiteral("Alt+%1: %2")
                             .arg(letter, mnemonics.values(letter).join(QStringLiteral(", ")));
        return found.join(u'\n').toStdString();
    };
    CHECK(clashes() == "");
    // Each tab of the question, with a story open in the STAR editor.
    auto *tabs = child<QTabWidget>(*window, "questionTabs");
    REQUIRE(child<coach::QuestionBrowser>(*window, "questionBrowser")
                ->selectQuestion(QStringLiteral("be-improved-backend-performance")));
    for (int tab = 1; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        if (tab == 1)
            child<coach::StarEditor>(*window, "starEditor")->newStory();
        INFO("tab " << tab);
        CHECK(clashes() == "");
    }
    QCoreApplication::removeTranslator(&translator);
}
