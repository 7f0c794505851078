// The key point editor on its own (offscreen): adding, editing, removing and undoing, the clear messages of a
// list that cannot be stored (nothing stored then), and suggestions offered from the draft and the question.
#include "core/keypoints.h"
#include "storage/database.h"
#include "storage/keypointrepository.h"
#include "support/profile.h"
#include "support/testsupport.h"
#include "widgets/keypointeditor.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace coach;

namespace {

const QString kEditorQuestion = QStringLiteral("be-tell-me-about-yourself");

struct EditorProfile
{
    QTemporaryDir dir;
    Database database;
    std::unique_ptr<KeyPointRepository> keyPoints;
    std::unique_ptr<KeyPointEditor> editor;

    EditorProfile()
    {
        coach::test::openWithBundledBank(database, dir.filePath(QStringLiteral("coach.sqlite")));
        keyPoints = std::make_unique<KeyPointRepository>(database);
        editor = std::make_unique<KeyPointEditor>(*keyPoints);
        editor->setQuestion(kEditorQuestion, {QStringLiteral("Clear ownership"), QStringLiteral("Evidence")});
        editor->show();
    }

    QStringList stored() const { return phrasesOf(keyPoints->forQuestion(kEditorQuestion).value()); }

    void type(const QString &text, const char *button = "addKeyPointButton")
    {
        auto *edit = editor->findChild<QLineEdit *>(QStringLiteral("newKeyPointEdit"));
        REQUIRE(edit);
        edit->setText(text);
        auto *add = editor->findChild<QPushButton *>(QString::fromLatin1(button));
        REQUIRE(add);
        QTest::mouseClick(add, Qt::LeftButton);
    }
};

} // namespace

TEST_CASE("Key points are added, edited and removed in the editor, and a removal undone",
          "[widgets][keypoints]")
{
    EditorProfile p;
    QSignalSpy changed(p.editor.get(), &KeyPointEditor::keyPointsChanged);
    p.type(QStringLiteral("composite  index"));
    p.type(QStringLiteral("on-call rotation"));
    CHECK(p.stored() == QStringList{QStringLiteral("composite index"), QStringLiteral("on-call rotation")});
    CHECK(changed.size() == 2);
    CHECK(p.editor->findChild<QLineEdit *>(QStringLiteral("newKeyPointEdit"))->text().isEmpty());

    auto *second = p.editor->findChild<QLineEdit *>(QStringLiteral("keyPointEdit2"));
    REQUIRE(second);
    CHECK(second->text() == QStringLiteral("on-call rotation"));
    REQUIRE(p.editor->editKeyPoint(1, QStringLiteral("read replica"), {}));
    CHECK(p.stored() == QStringList{QStringLiteral("composite index"), QStringLiteral("read replica")});

    auto *remove = p.editor->findChild<QToolButton *>(QStringLiteral("removeKeyPointButton1"));
    REQUIRE(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(p.stored() == QStringList{QStringLiteral("read replica")});
    CHECK(p.editor->message().contains(QStringLiteral("composite index")));
    auto *undo = p.editor->findChild<QPushButton *>(QStringLiteral("undoKeyPointButton"));
    REQUIRE(undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    CHECK(p.stored() == QStringList{QStringLiteral("composite index"), QStringLiteral("read replica")});
    CHECK_FALSE(undo->isVisible());
    CHECK_FALSE(p.editor->undoRemove()); // once

    // Ctrl+Z in the editor does the same (outside a text field, which has its own undo).
    REQUIRE(p.editor->removeKeyPoint(1));
    p.editor->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(p.editor.get()));
    auto *add = p.editor->findChild<QPushButton *>(QStringLiteral("addKeyPointButton"));
    add->setFocus();
    QTest::keyClick(add, Qt::Key_Z, Qt::ControlModifier);
    CHECK(p.stored() == QStringList{QStringLiteral("composite index"), QStringLiteral("read replica")});

    // Another question shows its own (none), and the first one's come back with it.
    p.editor->setQuestion(QStringLiteral("be-why-this-role"), {});
    CHECK(p.editor->keyPoints().isEmpty());
    p.editor->setQuestion(kEditorQuestion, {});
    CHECK(p.editor->keyPoints().size() == 2);
}

TEST_CASE("A key point list that cannot be stored says why, clearly, and nothing is stored",
          "[widgets][keypoints]")
{
    EditorProfile p;
    QSignalSpy changed(p.editor.get(), &KeyPointEditor::keyPointsChanged);
    SECTION("an empty phrase")
    {
        p.type(QStringLiteral("   "));
        CHECK(p.editor->message() == keypoints::problemWithList({QString()}));
        CHECK(p.stored().isEmpty());
    }
    SECTION("only short common words")
    {
        p.type(QStringLiteral("and the"));
        CHECK(p.editor->message() == keypoints::problemWithList({QStringLiteral("and the")}));
        CHECK(p.stored().isEmpty());
    }
    SECTION("a phrase of nine words")
    {
        const QString nine = QStringLiteral("one two three four five six seven eight nine");
        p.type(nine);
        CHECK(p.editor->message() == keypoints::problemWithList({nine}));
        CHECK(p.stored().isEmpty());
        // The text stays to be shortened.
        CHECK(p.editor->findChild<QLineEdit *>(QStringLiteral("newKeyPointEdit"))->text() == nine);
    }
    SECTION("a ninth phrase")
    {
        QStringList eight;
        for (int i = 1; i <= 8; ++i) {
            eight.append(QStringLiteral("key phrase %1").arg(i));
            REQUIRE(p.editor->addKeyPoint(eight.constLast()));
        }
        changed.clear();
        p.type(QStringLiteral("key phrase nine"));
        QStringList nine = eight;
        nine.append(QStringLiteral("key phrase nine"));
        CHECK(p.editor->message() == keypoints::problemWithList(nine));
        CHECK(p.stored() == eight);
    }
    SECTION("an edit to a bad phrase leaves the stored one")
    {
        REQUIRE(p.editor->addKeyPoint(QStringLiteral("composite index")));
        changed.clear();
        CHECK_FALSE(p.editor->editKeyPoint(0, QStringLiteral("and the"), {}));
        CHECK(p.stored() == QStringList{QStringLiteral("composite index")});
    }
    CHECK_FALSE(p.editor->message().isEmpty());
    CHECK(changed.isEmpty());
}

TEST_CASE("Suggestions are offered from the draft and the question, never added without the person",
          "[widgets][keypoints]")
{
    EditorProfile p;
    auto *suggest = p.editor->findChild<QToolButton *>(QStringLiteral("suggestKeyPointsButton"));
    REQUIRE(suggest);
    StarDraft draft;
    draft.action = QStringLiteral("I added a composite index.");
    draft.result = QStringLiteral("Latency fell from 900 ms to 120 ms.");
    p.editor->setStarDraft(draft);
    CHECK(suggest->isEnabled());
    CHECK(p.editor->suggestions() == QStringList{QStringLiteral("composite index"), QStringLiteral("900 ms"),
                                                 QStringLiteral("120 ms"),
                                                 QStringLiteral("clear ownership")});
    CHECK(p.stored().isEmpty());
    REQUIRE(p.editor->addKeyPoint(p.editor->suggestions().at(1)));
    CHECK_FALSE(p.editor->suggestions().contains(QStringLiteral("900 ms")));
    CHECK(p.stored() == QStringList{QStringLiteral("900 ms")});
}

TEST_CASE("The editor says why key points are not listened for", "[widgets][keypoints]")
{
    EditorProfile p;
    auto *reason = p.editor->findChild<QLabel *>(QStringLiteral("keyPointsOffReason"));
    REQUIRE(reason);
    CHECK_FALSE(reason->isVisible());
    p.editor->setOffReason(QStringLiteral("Key points are listened for in English questions only."));
    CHECK(reason->isVisible());
    p.editor->setOffReason({});
    CHECK_FALSE(reason->isVisible());
}
