#include "widgets/questioneditordialog.h"

#include "models/questiontreemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

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
    , m_text(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_why(new QPlainTextEdit(this))
    , m_tips(new QPlainTextEdit(this))
    , m_sample(new QPlainTextEdit(this))
    , m_star(new QCheckBox(this))
    , m_target(new QSpinBox(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("questionEditor"));
    setWindowTitle(tr("Your Question"));
    m_text->setObjectName(QStringLiteral("questionText"));
    m_text->setPlaceholderText(tr("The question, as an interviewer would ask it"));
    m_category->setObjectName(QStringLiteral("questionCategory"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    for (const Category &c : categories)
        m_category->addItem(QuestionTreeModel::displayTitle(c), c.id);
    m_category->setCurrentText(tr("My questions"));
    m_tags->setPlaceholderText(tr("Words to find it by, separated by commas"));
    m_tips->setPlaceholderText(tr("One tip a line"));
    m_star->setText(tr("A behavioural question, answered as a STAR story"));
    m_target->setRange(10, 1800);
    m_target->setValue(90);
    m_target->setSuffix(tr(" s"));
    m_problem->setObjectName(QStringLiteral("questionProblem"));
    for (QPlainTextEdit *edit : {m_why, m_tips, m_sample}) {
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(90);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Question:"), m_text);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("T&ags:"), m_tags);
    form->addRow(tr("&Why it is asked:"), m_why);
    form->addRow(tr("T&ips:"), m_tips);
    form->addRow(tr("&Sample answer:"), m_sample);
    form->addRow(QString(), m_star);
    form->addRow(tr("Target &length:"), m_target);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QLineEdit::textChanged, this, &QuestionEditorDialog::validate);
    connect(m_star, &QCheckBox::toggled, this, [this](bool star) {
        // Behavioural answers run longer (PRODUCT.md: 60 to 120 s).
        if (m_target->value() == (star ? 90 : 120))
            m_target->setValue(star ? 120 : 90);
    });
    validate();
    resize(620, 520);
}

void QuestionEditorDialog::validate()
{
    const bool ok = !m_text->text().trimmed().isEmpty();
    m_problem->setText(ok ? QString() : tr("Only the question itself is required."));
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Save)->setEnabled(ok);
}

void QuestionEditorDialog::setQuestion(const Question &question, const QString &categoryTitle)
{
    m_question = question;
    m_text->setText(question.text);
    m_category->setCurrentText(categoryTitle);
    m_tags->setText(question.tags.join(QStringLiteral(", ")));
    m_why->setPlainText(question.whyAsked);
    m_tips->setPlainText(question.tips.join(u'\n'));
    m_sample->setPlainText(question.sampleAnswer);
    m_star->setChecked(question.star);
    m_target->setValue(question.targetSeconds);
}

Question QuestionEditorDialog::question() const
{
    Question q = m_question;
    q.text = m_text->text().trimmed();
    q.tags.clear();
    for (const QString &tag : m_tags->text().split(u',')) {
        if (!tag.trimmed().isEmpty())
            q.tags << tag.trimmed();
    }
    q.whyAsked = m_why->toPlainText().trimmed();
    q.tips = lines(m_tips->toPlainText());
    q.sampleAnswer = m_sample->toPlainText().trimmed();
    q.star = m_star->isChecked();
    q.targetSeconds = m_target->value();
    return q;
}

QString QuestionEditorDialog::categoryTitle() const
{
    // A title picked from the list maps back to its category; a typed one names a new category.
    const int index = m_category->findText(m_category->currentText());
    return index >= 0 ? m_category->itemData(index).toString() : m_category->currentText().trimmed();
}

} // namespace coach
