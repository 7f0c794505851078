// Before a mock interview: how many questions, from which categories, in which order, the thinking time,
// the cap of each answer, and the interviewer's voice. Remembered for the next time.
#pragma once

#include "core/mockinterview.h"
#include "core/question.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QSlider;
class QSpinBox;
class QStandardItemModel;

namespace coach {

class Settings;
class SpeechVoice;

class MockOptionsDialog final : public QDialog
{
    Q_OBJECT

public:
    MockOptionsDialog(Settings &settings, const QList<Category> &categories, SpeechVoice &voice,
                      QWidget *parent = nullptr);

    MockOptions options() const;
    // Stores the choices in the settings and applies the voice's.
    void save();

private:
    Settings &m_settings;
    SpeechVoice &m_voice;
    QSpinBox *m_count;
    QStandardItemModel *m_categories;
    QListView *m_categoryList;
    QComboBox *m_order;
    QSpinBox *m_thinking;
    QSpinBox *m_cap;
    QCheckBox *m_speak;
    QComboBox *m_voiceCombo;
    QSlider *m_rate;
    QSlider *m_volume;
    QLabel *m_voiceNote;
};

} // namespace coach
