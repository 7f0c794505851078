#include "widgets/mockoptionsdialog.h"

#include "core/settings.h"
#include "core/voice.h"
#include "models/questiontreemodel.h"

#include "ui_mockoptionsdialog.h"

#include <QPushButton>
#include <QStandardItemModel>

namespace coach {

MockOptionsDialog::MockOptionsDialog(Settings &settings, const QList<Category> &categories, Voice &voice,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MockOptionsDialog>())
    , m_settings(settings)
    , m_voice(voice)
    , m_categories(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_ui->mockQuestionCount->setValue(settings.value(Settings::Key::MockQuestionCount).toInt());
    setUpCategories(categories);
    m_ui->mockOrder->addItem(tr("Due for review first"), static_cast<int>(MockOptions::Order::DueFirst));
    m_ui->mockOrder->addItem(tr("Never practised first"),
                             static_cast<int>(MockOptions::Order::NeverPractisedFirst));
    m_ui->mockOrder->addItem(tr("Random"), static_cast<int>(MockOptions::Order::Random));
    m_ui->mockOrder->setCurrentIndex(
        std::max(0, m_ui->mockOrder->findData(settings.value(Settings::Key::MockOrder).toInt())));
    m_ui->mockThinking->setValue(settings.value(Settings::Key::MockThinkingSeconds).toInt());
    m_ui->mockCap->setValue(settings.value(Settings::Key::MockCapSeconds).toInt());
    m_ui->mockSpeak->setChecked(settings.value(Settings::Key::MockSpeak).toBool());
    m_ui->mockFollowUp->setChecked(settings.value(Settings::Key::MockFollowUp).toBool());
    setUpVoice();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->mockSpeak, &QCheckBox::toggled, m_ui->mockVoice, &QWidget::setEnabled);
}

MockOptionsDialog::~MockOptionsDialog() = default;

void MockOptionsDialog::setUpCategories(const QList<Category> &categories)
{
    const QStringList chosen = m_settings.value(Settings::Key::MockCategories).toStringList();
    for (const Category &c : categories) {
        auto *item = new QStandardItem(QuestionTreeModel::displayTitle(c));
        item->setData(c.id);
        item->setCheckable(true);
        item->setCheckState(chosen.isEmpty() || chosen.contains(c.id) ? Qt::Checked : Qt::Unchecked);
        item->setEditable(false);
        m_categories->appendRow(item);
    }
    m_ui->mockCategories->setModel(m_categories);
}

void MockOptionsDialog::setUpVoice()
{
    m_ui->mockVoice->addItem(tr("Default voice"), QString());
    const QString voiceName = m_settings.value(Settings::Key::MockVoice).toString();
    for (const QString &name : m_voice.voiceNames())
        m_ui->mockVoice->addItem(name, name);
    m_ui->mockVoice->setCurrentIndex(std::max(0, m_ui->mockVoice->findData(voiceName)));
    m_ui->mockRate->setValue(
        static_cast<int>(std::lround(m_settings.value(Settings::Key::MockRate).toDouble() * 10)));
    m_ui->mockVolume->setValue(
        static_cast<int>(std::lround(m_settings.value(Settings::Key::MockVolume).toDouble() * 100)));
    if (!m_voice.isAvailable()) {
        m_ui->voiceNote->setText(
            tr("Questions cannot be read aloud here: %1 The interview works with the text "
               "only.")
                .arg(m_voice.unavailableReason()));
        for (QWidget *w : std::initializer_list<QWidget *>{m_ui->mockSpeak, m_ui->mockVoice, m_ui->mockRate,
                                                           m_ui->mockVolume})
            w->setEnabled(false);
    } else {
        m_ui->voiceNote->hide();
    }
}

MockOptions MockOptionsDialog::options() const
{
    MockOptions o;
    o.questionCount = m_ui->mockQuestionCount->value();
    for (int row = 0; row < m_categories->rowCount(); ++row) {
        if (m_categories->item(row)->checkState() == Qt::Checked)
            o.categoryIds << m_categories->item(row)->data().toString();
    }
    if (o.categoryIds.size() == m_categories->rowCount())
        o.categoryIds.clear(); // every category, including ones added later
    o.order = static_cast<MockOptions::Order>(m_ui->mockOrder->currentData().toInt());
    o.thinkingSeconds = m_ui->mockThinking->value();
    o.capSeconds = m_ui->mockCap->value();
    o.speak = m_ui->mockSpeak->isChecked() && m_ui->mockSpeak->isEnabled();
    o.askFollowUp = m_ui->mockFollowUp->isChecked();
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
    m_settings.setValue(Settings::Key::MockFollowUp, o.askFollowUp);
    if (m_ui->mockSpeak->isEnabled())
        m_settings.setValue(Settings::Key::MockSpeak, m_ui->mockSpeak->isChecked());
    const QString voiceName = m_ui->mockVoice->currentData().toString();
    const double rate = m_ui->mockRate->value() / 10.0;
    const double volume = m_ui->mockVolume->value() / 100.0;
    m_settings.setValue(Settings::Key::MockVoice, voiceName);
    m_settings.setValue(Settings::Key::MockRate, rate);
    m_settings.setValue(Settings::Key::MockVolume, volume);
    m_voice.setVoiceName(voiceName);
    m_voice.setRate(rate);
    m_voice.setVolume(volume);
}

} // namespace coach
