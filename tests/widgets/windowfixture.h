// A main window over a real profile (database, settings, audio services), for the widget tests.
#pragma once

#include "audio/deliveryanalyzer.h"
#include "core/settings.h"
#include "media/audioplayer.h"
#include "media/audiorecorder.h"
#include "media/speechvoice.h"
#include "media/systemmicrophones.h"
#include "storage/attemptrepository.h"
#include "storage/attempttrash.h"
#include "storage/database.h"
#include "storage/historyquery.h"
#include "storage/mocksessionrepository.h"
#include "storage/questionrepository.h"
#include "storage/storyrepository.h"
#include "support/profile.h"
#include "support/testsupport.h"
#include "widgets/mainwindow.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

struct Fixture
{
    QTemporaryDir dir;
    coach::Database database;
    std::unique_ptr<coach::QuestionRepository> repo;
    std::unique_ptr<coach::AttemptRepository> attempts;
    std::unique_ptr<coach::StoryRepository> stories;
    std::unique_ptr<coach::Settings> settings;
    std::unique_ptr<coach::HistoryQuery> history;
    std::unique_ptr<coach::AttemptTrash> trash;
    std::unique_ptr<coach::MockSessionRepository> mockSessions;
    coach::SpeechVoice voice;
    coach::AudioRecorder recorder;
    coach::AudioRecorder mockRecorder;
    coach::SystemMicrophones microphones;
    coach::AudioPlayer player;
    coach::DeliveryAnalyzer analyzer;

    Fixture()
    {
        coach::test::openWithBundledBank(database, dir.filePath(QStringLiteral("coach.sqlite")));
        repo = std::make_unique<coach::QuestionRepository>(database);
        attempts = std::make_unique<coach::AttemptRepository>(database);
        stories = std::make_unique<coach::StoryRepository>(database);
        settings = std::make_unique<coach::Settings>(dir.filePath(QStringLiteral("settings.ini")));
        history = std::make_unique<coach::HistoryQuery>(database);
        trash = std::make_unique<coach::AttemptTrash>(*attempts, dir.path());
        mockSessions = std::make_unique<coach::MockSessionRepository>(database);
    }

    // language: the interface's, as main() passes it on.
    std::unique_ptr<coach::MainWindow> window(const QString &language = QStringLiteral("en"))
    {
        auto w = std::make_unique<coach::MainWindow>(coach::MainWindowServices{
            *repo, *attempts, *settings, recorder, mockRecorder, microphones, player, *stories, analyzer,
            *history, *trash, *mockSessions, voice, database, dir.path(), language});
        REQUIRE(w->reload().isEmpty());
        w->resize(1000, 700);
        w->show();
        REQUIRE(QTest::qWaitForWindowExposed(w.get()));
        return w;
    }
};

} // namespace
