#include "widgets/revisionsdialog.h"

#include "core/starchecks.h"
#include "models/revisionlistmodel.h"

#include "ui_revisionsdialog.h"

#include <QPushButton>
#include <QTextBrowser>

namespace coach {

RevisionsDialog::RevisionsDialog(const QList<StoryRevision> &revisions, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RevisionsDialog>())
    , m_model(new RevisionListModel(this))
{
    m_ui->setupUi(this);
    m_model->setRevisions(revisions);
    m_ui->revisionList->setModel(m_model);
    QPushButton *restore =
        m_ui->buttons->addButton(tr("&Restore This Revision"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    restore->setEnabled(false);
    if (revisions.isEmpty()) {
        // Made after the form, so that Tab reaches it after the buttons.
        auto *none = new QTextBrowser(this);
        none->setObjectName(QStringLiteral("noRevisionsNote"));
        none->setAccessibleName(tr("About revisions"));
        none->setPlainText(
            tr("No revisions yet. A revision is kept each time an editing session changes the text."));
        m_ui->layout->insertWidget(0, none);
    }
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->revisionList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, restore] {
                restore->setEnabled(m_ui->revisionList->currentIndex().isValid());
                preview();
            });
    connect(m_ui->revisionList, &QListView::activated, this, &QDialog::accept);
    resize(720, 480);
    if (!revisions.isEmpty())
        choose(0);
}

RevisionsDialog::~RevisionsDialog() = default;

void RevisionsDialog::choose(int row)
{
    m_ui->revisionList->setCurrentIndex(m_model->index(row));
}

std::optional<StoryRevision> RevisionsDialog::chosen() const
{
    const StoryRevision *r = m_model->revision(m_ui->revisionList->currentIndex());
    return r ? std::optional<StoryRevision>(*r) : std::nullopt;
}

void RevisionsDialog::preview()
{
    const StoryRevision *r = m_model->revision(m_ui->revisionList->currentIndex());
    if (!r) {
        m_ui->revisionPreview->clear();
        return;
    }
    QString html = QStringLiteral("<h3>") + r->title.toHtmlEscaped() + QStringLiteral("</h3>");
    for (const StarPart part : kStarParts)
        html += QStringLiteral("<p><b>") + StarChecks::partName(part).toHtmlEscaped() +
                QStringLiteral("</b><br>") + r->draft.part(part).toHtmlEscaped() + QStringLiteral("</p>");
    m_ui->revisionPreview->setHtml(html);
}

} // namespace coach
