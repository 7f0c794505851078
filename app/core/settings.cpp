#include "core/settings.h"

namespace coach {

namespace {

struct KeyInfo
{
    const char *name;
    QVariant defaultValue;
};

KeyInfo info(Settings::Key key)
{
    switch (key) {
    case Settings::Key::MainWindowGeometry:
        return {"mainWindow/geometry", QByteArray()};
    case Settings::Key::MainWindowState:
        return {"mainWindow/state", QByteArray()};
    case Settings::Key::MainSplitterState:
        return {"mainWindow/splitter", QByteArray()};
    case Settings::Key::PracticeSplitterState:
        return {"mainWindow/practiceSplitter", QByteArray()};
    case Settings::Key::LastQuestionId:
        return {"browser/lastQuestion", QString()};
    case Settings::Key::MicrophoneId:
        return {"recorder/microphone", QByteArray()};
    case Settings::Key::RecordingCapSeconds:
        return {"recorder/capSeconds", 180};
    case Settings::Key::InterviewDate:
        return {"review/interviewDate", QString()};
    case Settings::Key::MockQuestionCount:
        return {"mock/questionCount", 5};
    case Settings::Key::MockOrder:
        return {"mock/order", 0};
    case Settings::Key::MockThinkingSeconds:
        return {"mock/thinkingSeconds", 10};
    case Settings::Key::MockCapSeconds:
        return {"mock/capSeconds", 180};
    case Settings::Key::MockCategories:
        return {"mock/categories", QStringList()};
    case Settings::Key::MockSpeak:
        return {"mock/speak", true};
    case Settings::Key::MockVoice:
        return {"mock/voice", QString()};
    case Settings::Key::MockRate:
        return {"mock/rate", 0.0};
    case Settings::Key::MockVolume:
        return {"mock/volume", 1.0};
    case Settings::Key::ChosenRoles:
        return {"roles/banks", QStringList()};
    case Settings::Key::MockFollowUp:
        return {"mock/followUp", false};
    case Settings::Key::ProgressRangeWeeks:
        return {"progress/rangeWeeks", 26};
    }
    Q_UNREACHABLE();
}

const char kVersionKey[] = "settingsVersion";

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
    migrate();
}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    migrate();
}

Settings::~Settings()
{
    m_settings->sync();
}

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(info(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return info(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    const KeyInfo i = info(key);
    return m_settings->value(QLatin1String(i.name), i.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    const KeyInfo i = info(key);
    if (value == i.defaultValue)
        m_settings->remove(QLatin1String(i.name));
    else
        m_settings->setValue(QLatin1String(i.name), value);
}

void Settings::reset(Key key)
{
    m_settings->remove(keyName(key));
}

void Settings::sync()
{
    m_settings->sync();
}

void Settings::migrate()
{
    const int stored = m_settings->value(QLatin1String(kVersionKey), 0).toInt();
    if (stored == kVersion)
        return;
    // Version 0 is a file written before versioning or a new one: nothing to rename yet.
    // A newer file is left alone; unknown keys are ignored and known ones keep their meaning.
    if (stored < kVersion)
        m_settings->setValue(QLatin1String(kVersionKey), kVersion);
}

} // namespace coach
