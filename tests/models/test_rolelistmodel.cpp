#include "models/rolelistmodel.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>

using coach::RoleListModel;

TEST_CASE("The role list offers each bank with a check box, title and question count", "[models][roles]")
{
    RoleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setBanks(
        {{QStringLiteral("allgemein"), QStringLiteral("Allgemeine Fragen"), QStringLiteral("de"), 3},
         {QStringLiteral("backend-engineer"), QStringLiteral("Backend engineer"), QStringLiteral("en"), 20},
         {QStringLiteral("frontend"), QStringLiteral("Frontend engineer"), QStringLiteral("en"), 2}},
        {QStringLiteral("frontend"), QStringLiteral("allgemein")});

    REQUIRE(model.rowCount() == 3);
    const QModelIndex backend = model.index(1, 0);
    CHECK(backend.data().toString() == QStringLiteral("Backend engineer (20 questions)"));
    CHECK(model.index(2, 0).data().toString() == QStringLiteral("Frontend engineer (2 questions)"));
    CHECK(backend.data(Qt::AccessibleTextRole) == backend.data());
    CHECK(backend.data(RoleListModel::BankIdRole).toString() == QStringLiteral("backend-engineer"));
    CHECK(backend.data(RoleListModel::LanguageRole).toString() == QStringLiteral("en"));
    CHECK(backend.data(RoleListModel::QuestionCountRole).toInt() == 20);
    CHECK(model.flags(backend).testFlag(Qt::ItemIsUserCheckable));
    CHECK(backend.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Unchecked);
    // Listed order, not the order they were checked in.
    CHECK(model.checkedIds() == QStringList{QStringLiteral("allgemein"), QStringLiteral("frontend")});

    REQUIRE(model.setData(backend, Qt::Checked, Qt::CheckStateRole));
    REQUIRE(model.setData(model.index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    CHECK(model.checkedIds() == QStringList{QStringLiteral("backend-engineer"), QStringLiteral("frontend")});
    CHECK_FALSE(model.setData(backend, QStringLiteral("x"), Qt::EditRole));

    model.setBanks({}, {});
    CHECK(model.rowCount() == 0);
    CHECK(model.checkedIds().isEmpty());
}
