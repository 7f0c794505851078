// Before a mock interview: how many questions, from which categories, in which order, the thinking time,
// the cap of each answer, and the interviewer's voice. Remembered for the next time.
#pragma once

#include "core/mockinterview.h"
#include "core/question.h"

#include <QDialog>

#include <memory>

class QStandardItemModel;

namespace coach {

namespace Ui {
class MockOptionsDialog;
}

class Settings;
class Voice;

class MockOptionsDialog final : public QDialog
{
    Q_OBJECT

public:
    MockOptionsDialog(Settings &settings, const QList<Category> &categories, Voice &voice,
                      QWidget *parent = nullptr);
    ~MockOptionsDialog() override;

    MockOptions options() const;
    // Stores the choices in the settings and applies the voice's.
    void save();

private:
    void setUpCategories(const QList<Category> &categories);
    void setUpVoice();

    std::unique_ptr<Ui::MockOptionsDialog> m_ui;
    Settings &m_settings;
    Voice &m_voice;
    QStandardItemModel *m_categories;
};

} // namespace coach
