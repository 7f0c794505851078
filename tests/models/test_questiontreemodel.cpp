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

TEST_CASE("The proxy shows the chosen banks and always the person's own questions", "[models][roles]")
{
    QuestionTreeModel model;
    QuestionFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    auto backend =
        makeQuestion(QStringLiteral("b1"), QStringLiteral("technical"), QStringLiteral("Caching?"));
    backend.bankId = QStringLiteral("backend-engineer");
    auto german =
        makeQuestion(QStringLiteral("d1"), QStringLiteral("introduction"), QStringLiteral("Stärken?"));
    german.bankId = QStringLiteral("allgemein");
    auto frontend = makeQuestion(QStringLiteral("f1"), QStringLiteral("technical"), QStringLiteral("CSS?"));
    frontend.bankId = QStringLiteral("frontend");
    auto own = makeQuestion(QStringLiteral("o1"), QStringLiteral("mine"), QStringLiteral("My own?"));
    own.bankId = QString::fromLatin1(coach::kCustomBankId);
    model.setQuestions({{QStringLiteral("introduction"), QStringLiteral("Intro")},
                        {QStringLiteral("technical"), QStringLiteral("Tech")},
                        {QStringLiteral("mine"), QStringLiteral("Mine")}},
                       {backend, german, frontend, own});
    CHECK(model.index(0, 0, model.index(0, 0)).data(QuestionTreeModel::BankIdRole).toString() ==
          QStringLiteral("allgemein"));

    CHECK(visibleQuestionIds(proxy).size() == 4); // no bank filter: every bank
    proxy.setBankIds({QStringLiteral("backend-engineer"), QStringLiteral("frontend")});
    CHECK(visibleQuestionIds(proxy) ==
          QStringList{QStringLiteral("b1"), QStringLiteral("f1"), QStringLiteral("o1")});
    CHECK(proxy.rowCount() == 2); // the introduction holds only the German question
    proxy.setBankIds({QStringLiteral("allgemein")});
    CHECK(visibleQuestionIds(proxy) == QStringList{QStringLiteral("d1"), QStringLiteral("o1")});
    // The other filters narrow the banks' questions further, own ones included.
    proxy.setSearchText(QStringLiteral("own"));
    CHECK(visibleQuestionIds(proxy) == QStringList{QStringLiteral("o1")});
    proxy.setSearchText(QString());
    proxy.setBankIds({});
    CHECK(visibleQuestionIds(proxy).size() == 4);

    // The counts and the choice of what to practise next keep to the same banks.
    CHECK(model.neverPractisedCount() == 4);
    CHECK(model.neverPractisedCount({QStringLiteral("allgemein")}) == 2);
    CHECK(model.dueCount({QStringLiteral("allgemein")}) == 0);
    QStringList ids;
    for (const coach::QuestionReview &r : model.reviewList({QStringLiteral("frontend")}))
        ids << r.questionId;
    CHECK(ids == QStringList{QStringLiteral("f1"), QStringLiteral("o1")});
}

TEST_CASE("Review states mark due and never-practised questions, and the proxy filters by them",
          "[models][review]")
{
    QuestionTreeModel model;
    fill(model);
    QuestionFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);

    const QDate today(2026, 11, 28);
    coach::QuestionReview overdue;
    overdue.questionId = QStringLiteral("q2");
    overdue.practised = true;
    overdue.state.lastReview = today.addDays(-10);
    overdue.state.intervalDays = 6;
    overdue.state.due = today.addDays(-4);
    coach::QuestionReview later = overdue;
    later.questionId = QStringLiteral("q3");
    later.state.lastReview = today.addDays(-1);
    later.state.due = today.addDays(14);
    coach::QuestionReview unrated;
    unrated.questionId = QStringLiteral("q4");
    unrated.practised = true;
    model.setReviews(
        {{overdue.questionId, overdue}, {later.questionId, later}, {unrated.questionId, unrated}}, today,
        std::nullopt);

    CHECK(model.dueCount() == 2); // q2 (overdue) and q4 (practised, never rated)
    CHECK(model.neverPractisedCount() == 1);
    CHECK(model.reviewStatus(QStringLiteral("q1")) == QuestionTreeModel::ReviewStatus::NeverPractised);
    CHECK(model.reviewStatus(QStringLiteral("q3")) == QuestionTreeModel::ReviewStatus::Scheduled);
    const QModelIndex q3 = model.indexOfQuestion(QStringLiteral("q3"));
    CHECK(q3.data(QuestionTreeModel::DueDateRole).toDate() == today.addDays(14));
    CHECK(q3.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("next review")));
    CHECK_FALSE(model.indexOfQuestion(QStringLiteral("q2")).data(Qt::DecorationRole).isNull());

    proxy.setShow(QuestionFilterProxy::Show::Due);
    CHECK(visibleQuestionIds(proxy) == QStringList{QStringLiteral("q2"), QStringLiteral("q4")});
    proxy.setShow(QuestionFilterProxy::Show::NeverPractised);
    CHECK(visibleQuestionIds(proxy) == QStringList{QStringLiteral("q1")});

    // An interview in 5 days pulls q3's review (due in 14) forward to the day before it.
    model.setReviews({{later.questionId, later}}, today, today.addDays(5));
    CHECK(q3.data(QuestionTreeModel::DueDateRole).toDate() == today.addDays(4));
    // … and once that day comes, it is due.
    model.setReviews({{later.questionId, later}}, today.addDays(4), today.addDays(5));
    proxy.setShow(QuestionFilterProxy::Show::Due);
    CHECK(visibleQuestionIds(proxy) == QStringList{QStringLiteral("q3")});

    // What to practise next: the due one first, then the first never practised in bank order.
    const auto list = model.reviewList();
    REQUIRE(list.size() == 4);
    CHECK(coach::pickNext(list, today.addDays(4), today.addDays(5)) == QStringLiteral("q3"));
    CHECK(coach::pickNext(list, today, today.addDays(5)) == QStringLiteral("q1"));
}

TEST_CASE("A question listed without its guide reads the guide once, when it is first asked for",
          "[models][questions]")
{
    QuestionTreeModel model;
    coach::Question listed = makeQuestion(QStringLiteral("q1"), QStringLiteral("introduction"),
                                          QStringLiteral("Tell me about yourself."));
    listed.detailsLoaded = false;
    model.setQuestions({{QStringLiteral("introduction"), QStringLiteral("Intro")}}, {listed});
    QStringList asked;
    bool failing = true;
    model.setDetailsSource([&](const QString &id) {
        asked << id;
        if (failing)
            return coach::Result<coach::QuestionDetails>::failure(QStringLiteral("disk gone"));
        coach::QuestionDetails d;
        d.whyAsked = QStringLiteral("To hear how you present yourself.");
        d.tips = QStringList{QStringLiteral("Keep it short.")};
        d.followUps = QStringList{QStringLiteral("Why this role?")};
        return coach::Result<coach::QuestionDetails>(d);
    });
    const QModelIndex index = model.indexOfQuestion(QStringLiteral("q1"));

    // The list's roles show the question without reading its guide.
    CHECK(index.data(Qt::DisplayRole).toString() == QStringLiteral("Tell me about yourself."));
    CHECK(index.data(QuestionTreeModel::SearchTextRole).toString().contains(QStringLiteral("yourself")));
    CHECK(asked.isEmpty());

    // A guide that cannot be read leaves the question without it, and is tried again the next time.
    const coach::Question *q = model.question(index);
    REQUIRE(q != nullptr);
    CHECK_FALSE(q->detailsLoaded);
    CHECK(q->whyAsked.isEmpty());
    CHECK(asked == QStringList{QStringLiteral("q1")});

    failing = false;
    q = model.question(index);
    CHECK(q->detailsLoaded);
    CHECK(q->whyAsked == QStringLiteral("To hear how you present yourself."));
    CHECK(q->tips == QStringList{QStringLiteral("Keep it short.")});
    CHECK(q->followUps == QStringList{QStringLiteral("Why this role?")});
    CHECK(q->text == QStringLiteral("Tell me about yourself."));
    CHECK(asked.size() == 2);

    // Once read, it is kept: no further reads, and the same question is handed out.
    CHECK(model.question(index) == q);
    CHECK(asked.size() == 2);
}

TEST_CASE("A question given whole is handed out as it is, without asking for its guide",
          "[models][questions]")
{
    QuestionTreeModel model;
    fill(model);
    int asked = 0;
    model.setDetailsSource([&](const QString &) {
        ++asked;
        return coach::Result<coach::QuestionDetails>::failure(QStringLiteral("not expected"));
    });
    const coach::Question *q = model.question(model.indexOfQuestion(QStringLiteral("q2")));
    REQUIRE(q != nullptr);
    CHECK(q->detailsLoaded);
    CHECK(asked == 0);
}
