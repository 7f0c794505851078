#include "widgets/questionview.h"

#include "core/deliverytext.h"
#include "models/questiontreemodel.h"

#include "ui_questionview.h"

#include <QEvent>
#include <QScrollBar>
#include <QtMath>

namespace coach {

namespace {

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3>") + text.toHtmlEscaped() + QStringLiteral("</h3>");
}

QString bulletList(const QStringList &items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

} // namespace

QuestionView::QuestionView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::QuestionView>())
{
    m_ui->setupUi(this);
    QFont font = m_ui->questionLabel->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.5);
    m_ui->questionLabel->setFont(font);
    // The guide reads like a page, so it takes the window's background rather than an input field's.
    m_ui->guideBrowser->viewport()->setAutoFillBackground(false);
    // The guide nearly always runs longer than its box: with its scroll bar always there it is laid out once
    // at the width it is read at, not again when the scroll bar appears, and it does not reflow as it grows.
    m_ui->guideBrowser->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    limitGuideWidth();
    // Without a frame the style shows no focus: a ring in the highlight colour shows where Tab went.
    m_ui->guideBrowser->setStyleSheet(
        QStringLiteral("QTextBrowser { border: 2px solid transparent; border-radius: 3px; }"
                       "QTextBrowser:focus { border-color: palette(highlight); }"));
    connect(m_ui->showSampleButton, &QPushButton::clicked, this,
            [this] { setSampleVisible(!m_sampleVisible); });
    showQuestion();
}

QuestionView::~QuestionView() = default;

void QuestionView::setQuestion(const Question *question, const QString &categoryTitle)
{
    m_categoryTitle = categoryTitle;
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
    showGuide();
    Q_EMIT sampleVisibilityChanged(visible);
}

QString QuestionView::guideText() const
{
    return m_ui->guideBrowser->toPlainText();
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
    details << (m_categoryTitle.isEmpty() ? QuestionTreeModel::displayTitle({q.categoryId, q.categoryId})
                                          : m_categoryTitle);
    if (q.star)
        details << tr("Behavioural: answer as a STAR story");
    details << tr("Target length %1").arg(DeliveryText::clock(q.targetSeconds * 1000LL));
    m_ui->detailsLabel->setText(details.join(QStringLiteral("  \u00b7  ")));
    showGuide();
}

// One document for the whole guide: a single layout pass instead of one per wrapped label.
void QuestionView::showGuide()
{
    if (!m_question)
        return;
    const Question &q = *m_question;
    if (!q.detailsLoaded) {
        m_ui->guideBrowser->setHtml(
            paragraph(tr("The guide to this question cannot be read from the profile.")));
        m_ui->sampleHint->hide();
        return;
    }
    QString html = heading(tr("Why interviewers ask this")) + paragraph(q.whyAsked);
    if (!q.strongAnswerShows.isEmpty())
        html += heading(tr("What a strong answer shows")) + bulletList(q.strongAnswerShows);
    if (!q.tips.isEmpty())
        html += heading(tr("Tips")) + bulletList(q.tips);
    if (m_sampleVisible) {
        html += QStringLiteral("<a name=\"sample\"></a>") + heading(tr("Sample answer")) +
                paragraph(q.sampleAnswer);
        if (!q.juniorVariant.isEmpty())
            html += heading(tr("If you are early in your career")) + paragraph(q.juniorVariant);
        if (!q.followUps.isEmpty())
            html += heading(tr("Follow-up questions")) + bulletList(q.followUps);
    }
    m_ui->guideBrowser->setHtml(html);
    if (m_sampleVisible)
        m_ui->guideBrowser->scrollToAnchor(QStringLiteral("sample"));
    m_ui->sampleHint->setVisible(!m_sampleVisible);
    m_ui->showSampleButton->setText(m_sampleVisible ? tr("Hide sample answer") : tr("Show sample answer"));
}

// Lines stay readable in a maximised window: the guide is at most about kGuideColumns characters wide.
void QuestionView::limitGuideWidth()
{
    QTextBrowser *guide = m_ui->guideBrowser;
    const int margins = 2 * (guide->frameWidth() + qCeil(guide->document()->documentMargin()));
    guide->setMaximumWidth(guide->fontMetrics().averageCharWidth() * kGuideColumns + margins +
                           guide->verticalScrollBar()->sizeHint().width());
}

void QuestionView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showQuestion();
    } else if (event->type() == QEvent::FontChange) {
        limitGuideWidth();
    }
    QWidget::changeEvent(event);
}

} // namespace coach
