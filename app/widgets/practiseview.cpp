#include "widgets/practiseview.h"

#include "core/starchecks.h"
#include "models/storylistmodel.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace coach {

PractiseView::PractiseView(QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("practiseView"));
    // A tool window: it stays beside the main window, and the recorder there keeps working.
    setWindowFlag(Qt::Tool);
    setModal(false);
    m_text->setObjectName(QStringLiteral("practiseText"));
    QFont large = m_text->font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    m_text->setFont(large);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    resize(560, 640);
}

void PractiseView::setStory(const Story &story)
{
    setWindowTitle(tr("Practise: %1").arg(StoryListModel::displayTitle(story)));
    QString html;
    for (const StarPart part : kStarParts) {
        html += QStringLiteral("<h2>") + StarChecks::partName(part).toHtmlEscaped() +
                QStringLiteral("</h2><p>") +
                story.draft.part(part).toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")) +
                QStringLiteral("</p>");
    }
    m_text->setHtml(html);
}

QString PractiseView::text() const
{
    return m_text->toPlainText();
}

} // namespace coach
