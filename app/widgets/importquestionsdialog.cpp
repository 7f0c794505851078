#include "widgets/importquestionsdialog.h"

#include "core/bankfiles.h"
#include "storage/questionrepository.h"

#include "ui_importquestionsdialog.h"

#include <QFileInfo>
#include <QPushButton>
#include <QStringListModel>

namespace coach {

ImportQuestionsDialog::ImportQuestionsDialog(QuestionRepository &questions, const QString &path,
                                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportQuestionsDialog>())
    , m_questions(questions)
    , m_model(new QStringListModel(this))
{
    m_ui->setupUi(this);
    m_ui->importList->setModel(m_model);
    QPushButton *import = m_ui->buttons->button(QDialogButtonBox::Ok);
    import->setText(tr("&Import"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 420);

    auto bank = BankFiles::load(path);
    if (!bank) {
        m_error = bank.error();
        return;
    }
    m_bank = bank.value();
    auto preview = questions.previewImport(m_bank);
    if (!preview) {
        m_error = preview.error();
        return;
    }
    m_added = preview->added;
    m_existing = static_cast<int>(preview->existing.size());
    QStringList texts;
    for (const Question &q : m_added)
        texts << q.text; // plain text in a list view: nothing in it is interpreted
    m_model->setStringList(texts);
    m_ui->importSummary->setText(
        tr("\"%1\" from %2: %3 new questions will be added; %4 are already there and stay as they "
           "are.")
            .arg(m_bank.title, QFileInfo(path).fileName())
            .arg(m_added.size())
            .arg(m_existing));
    import->setEnabled(!m_added.isEmpty());
}

ImportQuestionsDialog::~ImportQuestionsDialog() = default;

int ImportQuestionsDialog::apply()
{
    if (!m_error.isEmpty())
        return -1;
    auto added = m_questions.importBank(m_bank);
    if (!added) {
        m_error = added.error();
        return -1;
    }
    return added.value();
}

} // namespace coach
