#include "widgets/interviewdatedialog.h"

#include "ui_interviewdatedialog.h"

namespace coach {

InterviewDateDialog::InterviewDateDialog(std::optional<QDate> current, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InterviewDateDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("interviewDateDialog"));
    m_ui->interviewDateEdit->setMinimumDate(today);
    m_ui->interviewDateCheck->setChecked(current.has_value());
    // Without a date yet, two weeks ahead is a likely first guess.
    m_ui->interviewDateEdit->setDate(current.value_or(today.addDays(14)));
    m_ui->interviewDateEdit->setEnabled(current.has_value());
    connect(m_ui->interviewDateCheck, &QCheckBox::toggled, m_ui->interviewDateEdit, &QWidget::setEnabled);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

InterviewDateDialog::~InterviewDateDialog() = default;

QDate InterviewDateDialog::date() const
{
    return m_ui->interviewDateCheck->isChecked() ? m_ui->interviewDateEdit->date() : QDate();
}

} // namespace coach
