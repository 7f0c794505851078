// Asks for the date of an interview, or for none: reviews that would fall on or after it come before it.
#pragma once

#include <QDate>
#include <QDialog>

#include <memory>
#include <optional>

namespace coach {

namespace Ui {
class InterviewDateDialog;
}

class InterviewDateDialog final : public QDialog
{
    Q_OBJECT

public:
    // current: the date set now, if any; today bounds the choice (no interview in the past).
    explicit InterviewDateDialog(std::optional<QDate> current, const QDate &today = QDate::currentDate(),
                                 QWidget *parent = nullptr);
    ~InterviewDateDialog() override;

    // The date chosen; invalid when there is no interview.
    QDate date() const;

private:
    std::unique_ptr<Ui::InterviewDateDialog> m_ui;
};

} // namespace coach
