#include "widgets/importquestionsdialog.h"

#include "core/bankfiles.h"
#include "storage/questionrepository.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace coach {

ImportQuestionsDialog::ImportQuestionsDialog(QuestionRepository &questions, const QString &path,
                                             QWidget *parent)
    : QDialog(parent)
    , m_questions(questions)
    , m_summary(new QLabel(this))
    , m_list(new QListView(this))
    , m_model(new QStringListModel(this))
{
    setObjectName(QStringLiteral("importQuestionsDialog"));
    setWindowTitle(tr("Import Questions"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_list->setObjectName(QStringLiteral("importList"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Questions to be added"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
    m_summary->setText(
        tr("\"%1\" from %2: %3 new questions will be added; %4 are already there and stay as they "
           "are.")
            .arg(m_bank.title, QFileInfo(path).fileName())
            .arg(m_added.size())
            .arg(m_existing));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_added.isEmpty());
}

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
