#include "widgets/rolechooser.h"

#include "models/rolelistmodel.h"

#include "ui_rolechooser.h"

#include <QEvent>
#include <QKeyEvent>

#include <algorithm>

namespace coach {

namespace {

constexpr int kMostRowsShown = 8;

} // namespace

RoleChooser::RoleChooser(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::RoleChooser>())
    , m_model(new RoleListModel(this))
{
    m_ui->setupUi(this);
    m_ui->roleList->setModel(m_model);
    // Long titles are elided: a horizontal scroll bar would hide a role behind it.
    m_ui->roleList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The main window's Space records an answer; here it ticks a role or presses the button instead.
    m_ui->roleList->installEventFilter(this);
    m_ui->startPractisingButton->installEventFilter(this);

    connect(m_model, &QAbstractItemModel::dataChanged, this, &RoleChooser::updateStartButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RoleChooser::updateStartButton);
    connect(m_ui->startPractisingButton, &QPushButton::clicked, this, [this] {
        if (const QStringList ids = checkedIds(); !ids.isEmpty())
            Q_EMIT chosen(ids);
    });
    updateStartButton();
}

RoleChooser::~RoleChooser() = default;

void RoleChooser::setBanks(const QList<RoleBank> &banks, const QStringList &checkedIds)
{
    m_model->setBanks(banks, checkedIds);
    if (m_model->rowCount() > 0)
        m_ui->roleList->setCurrentIndex(m_model->index(0, 0));
    // As tall as its roles (up to eight, then it scrolls), so the question list below keeps its room.
    QListView *list = m_ui->roleList;
    const int rowHeight = std::max(list->sizeHintForRow(0), list->fontMetrics().height());
    const int rows = std::clamp(m_model->rowCount(), 1, kMostRowsShown);
    list->setFixedHeight(rows * rowHeight + 2 * list->frameWidth());
}

QStringList RoleChooser::checkedIds() const
{
    return m_model->checkedIds();
}

void RoleChooser::focusRoles()
{
    m_ui->roleList->setFocus(Qt::OtherFocusReason);
}

void RoleChooser::updateStartButton()
{
    // At least one role: with none the list would hold only the person's own questions.
    m_ui->startPractisingButton->setEnabled(!m_model->checkedIds().isEmpty());
}

bool RoleChooser::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            event->accept();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void RoleChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QFrame::changeEvent(event);
}

} // namespace coach
