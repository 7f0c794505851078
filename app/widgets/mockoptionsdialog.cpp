#include "widgets/mockoptionsdialog.h"

#include "audio/speechvoice.h"
#include "core/settings.h"
#include "models/questiontreemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace coach {

MockOptionsDialog::MockOptionsDialog(Settings &settings, const QList<Category> &categories,
                                     SpeechVoice &voice, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_voice(voice)
    , m_count(new QSpinBox(this))
    , m_categories(new QStandardItemModel(this))
    , m_categoryList(new QListView(this))
    , m_order(new QComboBox(this))
    , m_thinking(new QSpinBox(this))
    , m_cap(new QSpinBox(this))
    , m_speak(new QCheckBox(this))
    , m_voiceCombo(new QComboBox(this))
    , m_rate(new QSlider(Qt::Horizontal, this))
    , m_volume(new QSlider(Qt::Horizontal, this))
    , m_voiceNote(new QLabel(this))
{
    setObjectName(QStringLiteral("mockOptionsDialog"));
    setWindowTitle(tr("Mock Interview"));
    m_count->setObjectName(QStringLiteral("mockQuestionCount"));
    m_count->setRange(1, 30);
    m_count->setValue(settings.value(Settings::Key::MockQuestionCount).toInt());
    const QStringList chosen = settings.value(Settings::Key::MockCategories).toStringList();
    for (const Category &c : categories) {
        auto *item = new QStandardItem(QuestionTreeModel::displayTitle(c));
        item->setData(c.id);
        item->setCheckable(true);
        item->setCheckState(chosen.isEmpty() || chosen.contains(c.id) ? Qt::Checked : Qt::Unchecked);
        item->setEditable(false);
        m_categories->appendRow(item);
    }
    m_categoryList->setObjectName(QStringLiteral("mockCategories"));
    m_categoryList->setModel(m_categories);
    m_categoryList->setMaximumHeight(150);
    m_order->setObjectName(QStringLiteral("mockOrder"));
    m_order->addItem(tr("Due for review first"), static_cast<int>(MockOptions::Order::DueFirst));
    m_order->addItem(tr("Never practised first"), static_cast<int>(MockOptions::Order::NeverPractisedFirst));
    m_order->addItem(tr("Random"), static_cast<int>(MockOptions::Order::Random));
    m_order->setCurrentIndex(
        std::max(0, m_order->findData(settings.value(Settings::Key::MockOrder).toInt())));
    m_thinking->setObjectName(QStringLiteral("mockThinking"));
    m_thinking->setRange(0, 120);
    m_thinking->setSuffix(tr(" s"));
    m_thinking->setValue(settings.value(Settings::Key::MockThinkingSeconds).toInt());
    m_cap->setObjectName(QStringLiteral("mockCap"));
    m_cap->setRange(15, 600);
    m_cap->setSuffix(tr(" s"));
    m_cap->setValue(settings.value(Settings::Key::MockCapSeconds).toInt());
    m_speak->setObjectName(QStringLiteral("mockSpeak"));
    m_speak->setText(tr("Read the questions aloud"));
    m_speak->setChecked(settings.value(Settings::Key::MockSpeak).toBool());
    m_voiceCombo->setObjectName(QStringLiteral("mockVoice"));
    m_voiceCombo->addItem(tr("Default voice"), QString());
    const QString voiceName = settings.value(Settings::Key::MockVoice).toString();
    for (const QString &name : voice.voiceNames())
        m_voiceCombo->addItem(name, name);
    m_voiceCombo->setCurrentIndex(std::max(0, m_voiceCombo->findData(voiceName)));
    m_rate->setRange(-10, 10);
    m_rate->setValue(static_cast<int>(std::lround(settings.value(Settings::Key::MockRate).toDouble() * 10)));
    m_volume->setRange(0, 100);
    m_volume->setValue(
        static_cast<int>(std::lround(settings.value(Settings::Key::MockVolume).toDouble() * 100)));
    m_voiceNote->setWordWrap(true);
    if (!voice.isAvailable()) {
        m_voiceNote->setText(tr("Questions cannot be read aloud here: %1 The interview works with the text "
                                "only.")
                                 .arg(voice.unavailableReason()));
        for (QWidget *w : std::initializer_list<QWidget *>{m_speak, m_voiceCombo, m_rate, m_volume})
            w->setEnabled(false);
    } else {
        m_voiceNote->hide();
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Questions:"), m_count);
    form->addRow(tr("&Categories:"), m_categoryList);
    form->addRow(tr("&Order:"), m_order);
    form->addRow(tr("&Thinking time:"), m_thinking);
    form->addRow(tr("&Longest answer:"), m_cap);
    form->addRow(QString(), m_speak);
    form->addRow(tr("&Voice:"), m_voiceCombo);
    form->addRow(tr("&Rate:"), m_rate);
    form->addRow(tr("Vol&ume:"), m_volume);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("The interviewer asks each question and gives you a moment to think; then "
                      "recording starts by itself. Space moves on, S skips a question, P pauses "
                      "and Escape ends the interview."),
                   this));
    layout->itemAt(0)->widget()->setProperty("wordWrap", true);
    layout->addLayout(form);
    layout->addWidget(m_voiceNote);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_speak, &QCheckBox::toggled, m_voiceCombo, &QWidget::setEnabled);
}

MockOptions MockOptionsDialog::options() const
{
    MockOptions o;
    o.questionCount = m_count->value();
    for (int row = 0; row < m_categories->rowCount(); ++row) {
        if (m_categories->item(row)->checkState() == Qt::Checked)
            o.categoryIds << m_categories->item(row)->data().toString();
    }
    if (o.categoryIds.size() == m_categories->rowCount())
        o.categoryIds.clear(); // every category, including ones added later
    o.order = static_cast<MockOptions::Order>(m_order->currentData().toInt());
    o.thinkingSeconds = m_thinking->value();
    o.capSeconds = m_cap->value();
    o.speak = m_speak->isChecked() && m_speak->isEnabled();
    return o;
}

void MockOptionsDialog::save()
{
    const MockOptions o = options();
    m_settings.setValue(Settings::Key::MockQuestionCount, o.questionCount);
    m_settings.setValue(Settings::Key::MockCategories, o.categoryIds);
    m_settings.setValue(Settings::Key::MockOrder, static_cast<int>(o.order));
    m_settings.setValue(Settings::Key::MockThinkingSeconds, o.thinkingSeconds);
    m_settings.setValue(Settings::Key::MockCapSeconds, o.capSeconds);
    if (m_speak->isEnabled())
        m_settings.setValue(Settings::Key::MockSpeak, m_speak->isChecked());
    m_settings.setValue(Settings::Key::MockVoice, m_voiceCombo->currentData().toString());
    m_settings.setValue(Settings::Key::MockRate, m_rate->value() / 10.0);
    m_settings.setValue(Settings::Key::MockVolume, m_volume->value() / 100.0);
    m_voice.setVoiceName(m_voiceCombo->currentData().toString());
    m_voice.setRate(m_rate->value() / 10.0);
    m_voice.setVolume(m_volume->value() / 100.0);
}

} // namespace coach
