#include "widgets/questionbrowser.h"

#include "models/questionfilterproxy.h"
#include "models/questiontreemodel.h"
#include "widgets/rolechooser.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace coach {

QuestionBrowser::QuestionBrowser(QuestionTreeModel &model, Settings &settings, const QString &language,
                                 QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_roles(settings)
    , m_language(language)
    , m_proxy(new QuestionFilterProxy(this))
    , m_bankCombo(new QComboBox(this))
    , m_searchEdit(new QLineEdit(this))
    , m_categoryCombo(new QComboBox(this))
    , m_showCombo(new QComboBox(this))
    , m_tree(new QTreeView(this))
    , m_noMatchLabel(new QLabel(this))
{
    m_proxy->setSourceModel(&m_model);

    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->installEventFilter(this);
    m_bankCombo->setObjectName(QStringLiteral("bankFilter"));
    m_bankCombo->hide(); // until there are two banks to choose between
    m_categoryCombo->setObjectName(QStringLiteral("categoryFilter"));
    m_showCombo->setObjectName(QStringLiteral("reviewFilter"));
    for (const auto show : {QuestionFilterProxy::Show::All, QuestionFilterProxy::Show::Due,
                            QuestionFilterProxy::Show::NeverPractised})
        m_showCombo->addItem(QString(), QVariant::fromValue(show));
    m_tree->setObjectName(QStringLiteral("questionTree"));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(true);
    m_noMatchLabel->setObjectName(QStringLiteral("noMatchLabel"));
    m_noMatchLabel->setWordWrap(true);
    m_noMatchLabel->setAlignment(Qt::AlignCenter);
    m_noMatchLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_bankCombo);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_categoryCombo, 1);
    filters->addWidget(m_showCombo, 1);
    layout->addLayout(filters);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_noMatchLabel);

    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        onFilterChanged();
    });
    connect(m_bankCombo, &QComboBox::currentIndexChanged, this, &QuestionBrowser::applyBankFilter);
    connect(m_categoryCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setCategoryId(m_categoryCombo->currentData().toString());
        onFilterChanged();
    });
    connect(m_showCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setShow(m_showCombo->currentData().value<QuestionFilterProxy::Show>());
        onFilterChanged();
    });
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &QuestionBrowser::updateCounts);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        refreshCategories();
        updateCounts();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_tree, &QTreeView::expandAll);

    retranslate();
    refreshCategories();
    m_tree->expandAll();
}

void QuestionBrowser::retranslate()
{
    m_searchEdit->setPlaceholderText(tr("Search questions and tags (Ctrl+F)"));
    m_searchEdit->setAccessibleName(tr("Search questions"));
    m_categoryCombo->setAccessibleName(tr("Category"));
    m_bankCombo->setAccessibleName(tr("Question bank"));
    m_tree->setAccessibleName(tr("Questions"));
    m_noMatchLabel->setText(tr("No question matches this search."));
    m_showCombo->setAccessibleName(tr("Review state"));
    updateCounts();
    if (m_categoryCombo->count() > 0)
        m_categoryCombo->setItemText(0, tr("All categories"));
    if (m_bankCombo->count() > 0)
        m_bankCombo->setItemText(0, tr("All my roles"));
}

void QuestionBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QuestionBrowser::refreshCategories()
{
    const QString current = m_categoryCombo->currentData().toString();
    const QSignalBlocker blocker(m_categoryCombo);
    m_categoryCombo->clear();
    m_categoryCombo->addItem(tr("All categories"), QString());
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const QModelIndex index = m_model.index(row, 0);
        if (m_model.rowCount(index) > 0)
            m_categoryCombo->addItem(index.data().toString(), index.data(QuestionTreeModel::IdRole));
    }
    m_categoryCombo->setCurrentIndex(std::max(0, m_categoryCombo->findData(current)));
}

void QuestionBrowser::enableClearButton()
{
    m_searchEdit->setClearButtonEnabled(true);
}

void QuestionBrowser::setBanks(const QList<QuestionRepository::BankInfo> &banks)
{
    m_roleBanks.clear();
    m_otherBanks.clear();
    for (const auto &bank : banks) {
        const RoleBank role{bank.id, bank.title, bank.language, bank.questionCount};
        if (bank.source == QLatin1String("bundled"))
            m_roleBanks << role;
        else if (bank.source == QLatin1String("imported"))
            m_otherBanks << role;
    }
    m_roleBanks = RoleChoice::ordered(m_roleBanks, m_language);
    refreshBankFilter();
    // First start: the choice is offered in place, and the list below already shows the default roles.
    if (!m_roles.isMade() && !m_roleBanks.isEmpty() && !isChoosingRoles())
        chooseRoles();
}

void QuestionBrowser::chooseRoles()
{
    // Built when first offered: a profile whose roles are chosen starts without it.
    if (!m_roleChooser) {
        m_roleChooser = new RoleChooser(this);
        m_roleChooser->setObjectName(QStringLiteral("roleChooser"));
        static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_roleChooser);
        connect(m_roleChooser, &RoleChooser::chosen, this, &QuestionBrowser::onRolesChosen);
    }
    m_roleChooser->setBanks(m_roleBanks, m_roles.shownBanks(m_roleBanks, m_language));
    m_roleChooser->show();
    if (isVisible())
        m_roleChooser->focusRoles();
}

bool QuestionBrowser::isChoosingRoles() const
{
    return m_roleChooser && !m_roleChooser->isHidden();
}

QStringList QuestionBrowser::myBankIds() const
{
    QStringList ids = m_roles.shownBanks(m_roleBanks, m_language);
    for (const RoleBank &bank : m_otherBanks)
        ids << bank.id;
    return ids;
}

void QuestionBrowser::onRolesChosen(const QStringList &bankIds)
{
    m_roles.store(bankIds);
    m_roleChooser->hide();
    refreshBankFilter();
    focusList();
}

void QuestionBrowser::refreshBankFilter()
{
    const QString current = m_bankCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_bankCombo);
        m_bankCombo->clear();
        m_bankCombo->addItem(tr("All my roles"), QString());
        const QStringList shown = m_roles.shownBanks(m_roleBanks, m_language);
        for (const RoleBank &bank : m_roleBanks) {
            if (shown.contains(bank.id))
                m_bankCombo->addItem(bank.title, bank.id);
        }
        for (const RoleBank &bank : m_otherBanks)
            m_bankCombo->addItem(bank.title, bank.id);
        m_bankCombo->setCurrentIndex(std::max(0, m_bankCombo->findData(current)));
    }
    m_bankCombo->setVisible(m_bankCombo->count() > 2);
    applyBankFilter();
}

void QuestionBrowser::applyBankFilter()
{
    // Without a current question (the list was just read) there is none to keep in view: the window selects
    // the one practised last.
    const bool hadCurrent = !currentQuestionId().isEmpty();
    const QString one = m_bankCombo->currentData().toString();
    m_proxy->setBankIds(one.isEmpty() ? myBankIds() : QStringList{one});
    updateCounts();
    if (hadCurrent)
        onFilterChanged();
    else
        m_noMatchLabel->setVisible(m_proxy->rowCount() == 0);
    m_tree->expandAll();
}

void QuestionBrowser::showAllMyRoles()
{
    m_bankCombo->setCurrentIndex(0);
}

bool QuestionBrowser::selectQuestion(const QString &id)
{
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model.indexOfQuestion(id));
    if (!proxyIndex.isValid())
        return false;
    m_tree->setCurrentIndex(proxyIndex);
    m_tree->scrollTo(proxyIndex);
    return true;
}

bool QuestionBrowser::selectFirstQuestion()
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex category = m_proxy->index(row, 0);
        if (m_proxy->rowCount(category) > 0) {
            const QModelIndex first = m_proxy->index(0, 0, category);
            m_tree->setCurrentIndex(first);
            m_tree->scrollTo(first);
            return true;
        }
    }
    return false;
}

QString QuestionBrowser::currentQuestionId() const
{
    const Question *q = m_model.question(m_proxy->mapToSource(m_tree->currentIndex()));
    return q ? q->id : QString();
}

void QuestionBrowser::updateCounts()
{
    m_showCombo->setItemText(0, tr("All questions"));
    m_showCombo->setItemText(1, tr("Due for review (%1)").arg(m_model.dueCount(m_proxy->bankIds())));
    m_showCombo->setItemText(2,
                             tr("Never practised (%1)").arg(m_model.neverPractisedCount(m_proxy->bankIds())));
}

void QuestionBrowser::setShow(int show)
{
    m_showCombo->setCurrentIndex(std::clamp(show, 0, m_showCombo->count() - 1));
}

void QuestionBrowser::focusList()
{
    m_tree->setFocus(Qt::OtherFocusReason);
}

void QuestionBrowser::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

QModelIndex QuestionBrowser::firstVisibleQuestion() const
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex category = m_proxy->index(row, 0);
        if (m_proxy->rowCount(category) > 0)
            return m_proxy->index(0, 0, category);
    }
    return {};
}

void QuestionBrowser::onFilterChanged()
{
    m_tree->expandAll();
    const bool empty = m_proxy->rowCount() == 0;
    m_noMatchLabel->setVisible(empty);
    // Keep the question in view if it still matches; otherwise move to the first match.
    if (!empty && currentQuestionId().isEmpty())
        m_tree->setCurrentIndex(firstVisibleQuestion());
    else if (empty)
        Q_EMIT currentQuestionChanged(nullptr);
}

void QuestionBrowser::onCurrentChanged(const QModelIndex &current)
{
    const Question *q = m_model.question(m_proxy->mapToSource(current));
    if (!q && current.isValid()) {
        // A category row took the focus: the question view keeps showing what it showed.
        return;
    }
    Q_EMIT currentQuestionChanged(q);
}

bool QuestionBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Return:
        case Qt::Key_Enter: {
            // From the search box straight into the results, as in a launcher.
            if (!m_tree->currentIndex().isValid())
                m_tree->setCurrentIndex(firstVisibleQuestion());
            m_tree->setFocus(Qt::TabFocusReason);
            return true;
        }
        case Qt::Key_Escape:
            if (!m_searchEdit->text().isEmpty()) {
                m_searchEdit->clear();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace coach
