#include "widgets/linkstorydialog.h"

#include "core/starchecks.h"
#include "models/storylistmodel.h"

#include "ui_linkstorydialog.h"

#include <QPushButton>

namespace coach {

LinkStoryDialog::LinkStoryDialog(const QList<Story> &stories, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LinkStoryDialog>())
    , m_model(new StoryListModel(this))
{
    m_ui->setupUi(this);
    m_model->setStories(stories, {});
    m_ui->storyList->setModel(m_model);
    m_ui->storyList->setModelColumn(StoryListModel::TitleColumn);
    QPushButton *link = m_ui->buttons->addButton(tr("&Link"), QDialogButtonBox::AcceptRole);
    link->setObjectName(QStringLiteral("linkButton"));
    link->setEnabled(false);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->storyList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, link] {
        link->setEnabled(m_ui->storyList->currentIndex().isValid());
        preview();
    });
    connect(m_ui->storyList, &QListView::activated, this, &QDialog::accept);
    resize(760, 480);
    if (!stories.isEmpty())
        choose(0);
}

LinkStoryDialog::~LinkStoryDialog() = default;

void LinkStoryDialog::choose(int row)
{
    m_ui->storyList->setCurrentIndex(m_model->index(row, StoryListModel::TitleColumn));
}

qint64 LinkStoryDialog::chosenStoryId() const
{
    const Story *s = m_model->story(m_ui->storyList->currentIndex());
    return s ? s->id : 0;
}

QString LinkStoryDialog::previewText() const
{
    return m_ui->storyPreview->toPlainText();
}

// Titles repeat ("Untitled story"), so the text shows which story it is: title, competencies, the parts.
void LinkStoryDialog::preview()
{
    const Story *s = m_model->story(m_ui->storyList->currentIndex());
    if (!s) {
        m_ui->storyPreview->clear();
        return;
    }
    const auto html = [](const QString &text) {
        return text.trimmed().toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    };
    QString page = QStringLiteral("<h3>") + html(StoryListModel::displayTitle(*s)) + QStringLiteral("</h3>");
    if (!s->tags.isEmpty())
        page +=
            QStringLiteral("<p><i>") + html(s->tags.join(QStringLiteral(", "))) + QStringLiteral("</i></p>");
    for (const StarPart part : kStarParts)
        page += QStringLiteral("<p><b>") + html(StarChecks::partName(part)) + QStringLiteral("</b><br>") +
                html(s->draft.part(part)) + QStringLiteral("</p>");
    m_ui->storyPreview->setHtml(page);
}

} // namespace coach
