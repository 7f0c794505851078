#include "models/questionfilterproxy.h"
#include "models/questiontreemodel.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>

using coach::QuestionFilterProxy;
using coach::QuestionTreeModel;

namespace {

coach::Question makeQuestion(const QString &id, const QString &category, const QString &text,
                             QStringList tags = {})
{
    coach::Question q;
    q.id = id;
    q.categoryId = category;
    q.text = text;
    q.tags = std::move(tags);
    return q;
}

void fill(QuestionTreeModel &model)
{
    model.setQuestions(
        {{QStringLiteral("introduction"), QStringLiteral("Intro")},
         {QStringLiteral("technical"), QStringLiteral("Tech")},
         {QStringLiteral("empty"), QStringLiteral("Nothing here")}},
        {makeQuestion(QStringLiteral("q1"), QStringLiteral("introduction"),
                      QStringLiteral("Tell me about yourself."), {QStringLiteral("pitch")}),
         makeQuestion(QStringLiteral("q2"), QStringLiteral("technical"),
                      QStringLiteral("How do you design an API?"),
                      {QStringLiteral("rest"), QStringLiteral("caching")}),
         makeQuestion(QStringLiteral("q3"), QStringLiteral("technical"),
                      QStringLiteral("How do you test code?"), {QStringLiteral("testing")}),
         makeQuestion(QStringLiteral("q4"), QStringLiteral("unknown"), QStringLiteral("Anything else?"))});
}

QStringList visibleQuestionIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex category = model.index(row, 0);
        for (int child = 0; child < model.rowCount(category); ++child)
            ids << model.index(child, 0, category).data(QuestionTreeModel::IdRole).toString();
    }
    return ids;
}

} // namespace

TEST_CASE("The question tree groups questions under categories", "[models]")
{
    QuestionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    fill(model);

    REQUIRE(model.rowCount() == 4); // three categories and "Other" for the unknown one
    CHECK(model.questionCount() == 4);
    const QModelIndex technical = model.index(1, 0);
    CHECK(technical.data().toString() ==
          QStringLiteral("Technical depth")); // a known id gets the program's title
    CHECK(model.index(2, 0).data().toString() == QStringLiteral("Nothing here"));
    CHECK(model.index(3, 0).data(QuestionTreeModel::IdRole).toString() == QStringLiteral("other"));
    CHECK(technical.data(QuestionTreeModel::KindRole).value<QuestionTreeModel::Kind>() ==
          QuestionTreeModel::Kind::Category);
    REQUIRE(model.rowCount(technical) == 2);
    const QModelIndex api = model.index(0, 0, technical);
    CHECK(api.data().toString() == QStringLiteral("How do you design an API?"));
    CHECK(api.data(QuestionTreeModel::TagsRole).toStringList() ==
          QStringList{QStringLiteral("rest"), QStringLiteral("caching")});
    CHECK(api.parent() == technical);
    CHECK(model.question(api)->id == QStringLiteral("q2"));
    CHECK(model.question(technical) == nullptr);
    CHECK(model.indexOfQuestion(QStringLiteral("q3")) == model.index(1, 0, technical));
    CHECK_FALSE(model.indexOfQuestion(QStringLiteral("nope")).isValid());
    CHECK_FALSE(model.flags(technical).testFlag(Qt::ItemIsSelectable));
    CHECK(model.flags(api).testFlag(Qt::ItemIsSelectable));

    fill(model); // a reset keeps the tester satisfied
    CHECK(model.questionCount() == 4);
}

TEST_CASE("The proxy filters by search words and category", "[models]")
{
    QuestionTreeModel model;
    fill(model);
    QuestionFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);

    CHECK(visibleQuestionIds(proxy) == QStringList{QStringLiteral("q1"), QStringLiteral("q2"),
                                                   QStringLiteral("q3"), QStringLiteral("q4")});
    CHECK(proxy.rowCount() == 3); // the empty category is hidden

    proxy.setSearchText(QStringLiteral("how"));
    CHECK(visibleQuestionIds(proxy) == QStringList{QStringLiteral("q2"), QStringLiteral("q3")});
    CHECK(proxy.rowCount() == 1);

    proxy.setSearchText(
        QStringLiteral("CACHING  design")); // tags count, case does not, every word must match
    CHECK(visibleQuestionIds(proxy) == QStringList{QStringLiteral("q2")});

    proxy.setSearchText(QStringLiteral("caching yourself"));
    CHECK(visibleQuestionIds(proxy).isEmpty());
    CHECK(proxy.rowCount() == 0);

    proxy.setSearchText(QString());
    proxy.setCategoryId(QStringLiteral("technical"));
    CHECK(visibleQuestionIds(proxy) == QStringList{QStringLiteral("q2"), QStringLiteral("q3")});
    proxy.setSearchText(QStringLiteral("test"));
    CHECK(visibleQuestionIds(proxy) == QStringList{QStringLiteral("q3")});
    proxy.setCategoryId(QString());
    proxy.setSearchText(QString());
    CHECK(visibleQuestionIds(proxy).size() == 4);
}
