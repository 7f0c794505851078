#include "widgets/shortcutsdialog.h"

#include "widgets/actionmanager.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace coach {

ShortcutsDialog::ShortcutsDialog(const ActionManager &actions, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    fill();
    resize(620, 640);
}

void ShortcutsDialog::fill()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->clear();
    QTreeWidgetItem *group = nullptr;
    for (const KeyHelp &key : m_actions.keyHelp()) {
        if (!group || group->text(0) != key.group) {
            group = new QTreeWidgetItem(m_tree, {key.group});
            group->setFirstColumnSpanned(true);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(group, {key.description, key.keys});
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_tree->expandAll();
}

QString ShortcutsDialog::keysFor(const QString &description) const
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->text(0) == description)
                return group->child(i)->text(1);
        }
    }
    return {};
}

// Filled again each time it opens, so it shows the shortcuts as they are then.
void ShortcutsDialog::showEvent(QShowEvent *event)
{
    fill();
    QDialog::showEvent(event);
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    // After the actions have their new texts (every widget hears of the change, in no set order).
    if (event->type() == QEvent::LanguageChange)
        QTimer::singleShot(0, this, &ShortcutsDialog::fill);
    QDialog::changeEvent(event);
}

} // namespace coach
