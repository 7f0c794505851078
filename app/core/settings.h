// The one typed facade over QSettings: preferences and window state only, never the person's data.
#pragma once

#include <QSettings>
#include <QVariant>

#include <memory>

namespace coach {

class Settings final
{
public:
    enum class Key {
        MainWindowGeometry,
        MainWindowState,
        MainSplitterState,
        PracticeSplitterState,
        LastQuestionId,
        MicrophoneId,        // QByteArray; empty: the system's default
        RecordingCapSeconds, // int: a take stops by itself at this length
        InterviewDate,       // QDate, ISO text; empty: none. Reviews are pulled forward before it.
        MockQuestionCount,   // int
        MockOrder,           // int: MockOptions::Order
        MockThinkingSeconds, // int
        MockCapSeconds,      // int: the hard cap of each answer
        MockCategories,      // QStringList; empty: every category
        MockSpeak,           // bool: read the questions aloud
        MockVoice,           // QString: the voice's name; empty: the engine's default
        MockRate,            // double, -1 to 1
        MockVolume,          // double, 0 to 1
        ChosenRoles,         // QStringList: ids of the bundled banks practised for; empty: not chosen yet
        MockFollowUp,        // bool: ask one follow-up after each answer
        ProgressRangeWeeks,  // int: the weeks the Progress window shows (4, 13, 26, 52); 0: all time
    };

    // Bumped whenever a key is renamed or its meaning changes; migrate() brings older files up to date.
    static constexpr int kVersion = 1;

    Settings();                                // the platform's settings for this program
    explicit Settings(const QString &iniFile); // a given file, for tests and portable installs
    ~Settings();
    Q_DISABLE_COPY_MOVE(Settings)

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    void sync();

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

private:
    void migrate();
    std::unique_ptr<QSettings> m_settings;
};

} // namespace coach
