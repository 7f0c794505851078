#include "widgets/revisionsdialog.h"

#include "core/starchecks.h"
#include "models/revisionlistmodel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListView>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace coach {

RevisionsDialog::RevisionsDialog(const QList<StoryRevision> &revisions, QWidget *parent)
    : QDialog(parent)
    , m_model(new RevisionListModel(this))
    , m_list(new QListView(this))
    , m_preview(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("revisionsDialog"));
    setWindowTitle(tr("Revisions"));
    m_model->setRevisions(revisions);
    m_list->setObjectName(QStringLiteral("revisionList"));
    m_list->setModel(m_model);
    m_preview->setObjectName(QStringLiteral("revisionPreview"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *restore = buttons->addButton(tr("&Restore This Revision"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    restore->setEnabled(false);

    auto *split = new QHBoxLayout;
    split->addWidget(m_list, 2);
    split->addWidget(m_preview, 3);
    auto *layout = new QVBoxLayout(this);
    if (revisions.isEmpty()) {
        auto *none = new QTextBrowser(this);
        none->setPlainText(
            tr("No revisions yet. A revision is kept each time an editing session changes the text."));
        layout->addWidget(none);
    }
    layout->addLayout(split);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, restore] {
        restore->setEnabled(m_list->currentIndex().isValid());
        preview();
    });
    connect(m_list, &QListView::activated, this, &QDialog::accept);
    resize(720, 480);
    if (!revisions.isEmpty())
        choose(0);
}

void RevisionsDialog::choose(int row)
{
    m_list->setCurrentIndex(m_model->index(row));
}

std::optional<StoryRevision> RevisionsDialog::chosen() const
{
    const StoryRevision *r = m_model->revision(m_list->currentIndex());
    return r ? std::optional<StoryRevision>(*r) : std::nullopt;
}

void RevisionsDialog::preview()
{
    const StoryRevision *r = m_model->revision(m_list->currentIndex());
    if (!r) {
        m_preview->clear();
        return;
    }
    QString html = QStringLiteral("<h3>") + r->title.toHtmlEscaped() + QStringLiteral("</h3>");
    for (const StarPart part : kStarParts)
        html += QStringLiteral("<p><b>") + StarChecks::partName(part).toHtmlEscaped() +
                QStringLiteral("</b><br>") + r->draft.part(part).toHtmlEscaped() + QStringLiteral("</p>");
    m_preview->setHtml(html);
}

} // namespace coach
