#include "widgets/questionview.h"

#include "models/questiontreemodel.h"

#include "ui_questionview.h"

#include <QEvent>
#include <QScrollBar>

namespace coach {

namespace {

QString bulletList(const QStringList &items)
{
    QString html = QStringLiteral("<ul style=\"margin-left: -20px\">");
    for (const QString &item : items)
        html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

QString minutesAndSeconds(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void makeHeading(QLabel *label, qreal scale)
{
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
}

} // namespace

QuestionView::QuestionView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::QuestionView>())
{
    m_ui->setupUi(this);
    makeHeading(m_ui->questionLabel, 1.5);
    for (QLabel *heading :
         {m_ui->whyHeading, m_ui->strongHeading, m_ui->tipsHeading, m_ui->sampleHeading, m_ui->juniorHeading})
        makeHeading(heading, 1.1);
    connect(m_ui->showSampleButton, &QPushButton::clicked, this,
            [this] { setSampleVisible(!m_sampleVisible); });
    showQuestion();
}

QuestionView::~QuestionView() = default;

void QuestionView::setQuestion(const Question *question)
{
    if (question)
        m_question = *question;
    else
        m_question.reset();
    m_sampleVisible = false;
    showQuestion();
    Q_EMIT sampleVisibilityChanged(false);
}

void QuestionView::setSampleVisible(bool visible)
{
    if (visible == m_sampleVisible || !m_question)
        return;
    m_sampleVisible = visible;
    updateSample();
    Q_EMIT sampleVisibilityChanged(visible);
}

void QuestionView::showQuestion()
{
    if (!m_question) {
        m_ui->stack->setCurrentWidget(m_ui->emptyPage);
        return;
    }
    const Question &q = *m_question;
    m_ui->stack->setCurrentWidget(m_ui->questionPage);
    m_ui->questionLabel->setText(q.text);

    QStringList details;
    details << QuestionTreeModel::displayTitle({q.categoryId, q.categoryId});
    if (q.star)
        details << tr("Behavioural: answer as a STAR story");
    details << tr("Target length %1").arg(minutesAndSeconds(q.targetSeconds));
    m_ui->detailsLabel->setText(details.join(QStringLiteral("  ·  ")));

    m_ui->whyLabel->setText(q.whyAsked);
    m_ui->strongLabel->setText(bulletList(q.strongAnswerShows));
    m_ui->tipsLabel->setText(bulletList(q.tips));
    m_ui->strongHeading->setVisible(!q.strongAnswerShows.isEmpty());
    m_ui->strongLabel->setVisible(!q.strongAnswerShows.isEmpty());
    m_ui->tipsHeading->setVisible(!q.tips.isEmpty());
    m_ui->tipsLabel->setVisible(!q.tips.isEmpty());
    m_ui->questionPage->verticalScrollBar()->setValue(0);
    updateSample();
}

void QuestionView::updateSample()
{
    if (!m_question)
        return;
    m_ui->sampleHint->setVisible(!m_sampleVisible);
    m_ui->sampleLabel->setVisible(m_sampleVisible);
    m_ui->sampleLabel->setText(m_sampleVisible ? m_question->sampleAnswer : QString());
    const bool junior = m_sampleVisible && !m_question->juniorVariant.isEmpty();
    m_ui->juniorHeading->setVisible(junior);
    m_ui->juniorLabel->setVisible(junior);
    m_ui->juniorLabel->setText(junior ? m_question->juniorVariant : QString());
    m_ui->showSampleButton->setText(m_sampleVisible ? tr("Hide sample answer") : tr("Show sample answer"));
}

void QuestionView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showQuestion();
    }
    QWidget::changeEvent(event);
}

} // namespace coach
