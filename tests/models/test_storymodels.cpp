#include "models/revisionlistmodel.h"
#include "models/storylistmodel.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

using namespace coach;

TEST_CASE("Story and revision models pass the model checks and show what they hold", "[models][stories]")
{
    Story a;
    a.id = 1;
    a.title = QStringLiteral("Double charges");
    a.tags = {QStringLiteral("ownership")};
    a.draft.action = QStringLiteral("I added idempotency keys.");
    Story b;
    b.id = 2;

    StoryListModel stories;
    QAbstractItemModelTester tester(&stories, QAbstractItemModelTester::FailureReportingMode::Fatal);
    stories.setStories({a, b}, {{1, {QStringLiteral("Tell me about a bug.")}}});
    REQUIRE(stories.rowCount() == 2);
    CHECK(stories.columnCount() == StoryListModel::ColumnCount);
    CHECK(stories.index(0, StoryListModel::TitleColumn).data().toString() ==
          QStringLiteral("Double charges"));
    CHECK(stories.index(0, StoryListModel::TagsColumn).data().toString() == QStringLiteral("ownership"));
    CHECK(stories.index(0, StoryListModel::QuestionsColumn).data().toString() ==
          QStringLiteral("Tell me about a bug."));
    CHECK(stories.index(1, StoryListModel::TitleColumn).data().toString() ==
          QStringLiteral("Untitled story"));
    CHECK(stories.index(1, StoryListModel::QuestionsColumn).data().toString() ==
          QStringLiteral("not linked"));
    CHECK(stories.rowOfStory(2) == 1);

    QSortFilterProxyModel search;
    search.setSourceModel(&stories);
    search.setFilterRole(StoryListModel::SearchTextRole);
    search.setFilterCaseSensitivity(Qt::CaseInsensitive);
    search.setFilterFixedString(QStringLiteral("idempotency"));
    CHECK(search.rowCount() == 1);
    search.setFilterFixedString(QStringLiteral("bug"));
    CHECK(search.rowCount() == 1);

    RevisionListModel revisions;
    QAbstractItemModelTester revisionTester(&revisions,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    revisions.setRevisions({{7, 1, QDateTime::currentDateTimeUtc(), a.title, a.draft}});
    REQUIRE(revisions.rowCount() == 1);
    CHECK(revisions.index(0).data(RevisionListModel::SizeRole).toInt() == 4);
    CHECK(revisions.index(0).data().toString().contains(QStringLiteral("4 words")));
    CHECK(revisions.revision(revisions.index(0))->id == 7);
}
