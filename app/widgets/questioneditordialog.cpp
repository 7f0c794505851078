#include "widgets/questioneditordialog.h"

#include "models/questiontreemodel.h"

#include "ui_questioneditordialog.h"

#include <QPushButton>

namespace coach {

namespace {

QStringList lines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

} // namespace

QuestionEditorDialog::QuestionEditorDialog(const QList<Category> &categories, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::QuestionEditorDialog>())
{
    m_ui->setupUi(this);
    for (const Category &c : categories)
        m_ui->questionCategory->addItem(QuestionTreeModel::displayTitle(c), c.id);
    m_ui->questionCategory->setCurrentText(tr("My questions"));

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->questionText, &QLineEdit::textChanged, this, &QuestionEditorDialog::validate);
    connect(m_ui->questionStar, &QCheckBox::toggled, this, [this](bool star) {
        // Behavioural answers run longer (PRODUCT.md: 60 to 120 s).
        if (m_ui->questionTarget->value() == (star ? 90 : 120))
            m_ui->questionTarget->setValue(star ? 120 : 90);
    });
    validate();
    resize(620, 520);
}

QuestionEditorDialog::~QuestionEditorDialog() = default;

QLineEdit *QuestionEditorDialog::textEdit() const
{
    return m_ui->questionText;
}

QComboBox *QuestionEditorDialog::categoryCombo() const
{
    return m_ui->questionCategory;
}

void QuestionEditorDialog::validate()
{
    const bool ok = !m_ui->questionText->text().trimmed().isEmpty();
    m_ui->questionProblem->setText(ok ? QString() : tr("Only the question itself is required."));
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
}

void QuestionEditorDialog::setQuestion(const Question &question, const QString &categoryTitle)
{
    m_question = question;
    m_ui->questionText->setText(question.text);
    m_ui->questionCategory->setCurrentText(categoryTitle);
    m_ui->questionTags->setText(question.tags.join(QStringLiteral(", ")));
    m_ui->questionWhy->setPlainText(question.whyAsked);
    m_ui->questionTips->setPlainText(question.tips.join(u'\n'));
    m_ui->questionSample->setPlainText(question.sampleAnswer);
    m_ui->questionStar->setChecked(question.star);
    m_ui->questionTarget->setValue(question.targetSeconds);
}

Question QuestionEditorDialog::question() const
{
    Question q = m_question;
    q.text = m_ui->questionText->text().trimmed();
    q.tags.clear();
    for (const QString &tag : m_ui->questionTags->text().split(u',')) {
        if (!tag.trimmed().isEmpty())
            q.tags << tag.trimmed();
    }
    q.whyAsked = m_ui->questionWhy->toPlainText().trimmed();
    q.tips = lines(m_ui->questionTips->toPlainText());
    q.sampleAnswer = m_ui->questionSample->toPlainText().trimmed();
    q.star = m_ui->questionStar->isChecked();
    q.targetSeconds = m_ui->questionTarget->value();
    return q;
}

QString QuestionEditorDialog::categoryTitle() const
{
    // A title picked from the list maps back to its category; a typed one names a new category.
    const int index = m_ui->questionCategory->findText(m_ui->questionCategory->currentText());
    return index >= 0 ? m_ui->questionCategory->itemData(index).toString()
                      : m_ui->questionCategory->currentText().trimmed();
}

} // namespace coach
