#include "models/questiontreemodel.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace coach {

namespace {

// Internal ids: 0 marks a category row; n + 1 marks a question row in group n.
constexpr quintptr kCategoryId = 0;

// Titles of the categories the bundled banks use, so they can be shown translated.
struct KnownCategory
{
    const char *id;
    const char *title;
};
constexpr KnownCategory kKnownCategories[] = {
    {"introduction", QT_TRANSLATE_NOOP("QuestionCategory", "Introduction and motivation")},
    {"experience", QT_TRANSLATE_NOOP("QuestionCategory", "Experience and projects")},
    {"technical", QT_TRANSLATE_NOOP("QuestionCategory", "Technical depth")},
    {"reliability", QT_TRANSLATE_NOOP("QuestionCategory", "Production and reliability")},
    {"behavioural", QT_TRANSLATE_NOOP("QuestionCategory", "Behavioural (STAR stories)")},
    {"teamwork", QT_TRANSLATE_NOOP("QuestionCategory", "Teamwork")},
    {"ai-tools", QT_TRANSLATE_NOOP("QuestionCategory", "AI tools")},
    {"closing", QT_TRANSLATE_NOOP("QuestionCategory", "Closing")},
    {"other", QT_TRANSLATE_NOOP("QuestionCategory", "Other")},
};

} // namespace

QuestionTreeModel::QuestionTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

QString QuestionTreeModel::displayTitle(const Category &category)
{
    for (const KnownCategory &known : kKnownCategories) {
        if (category.id == QLatin1String(known.id))
            return QCoreApplication::translate("QuestionCategory", known.title);
    }
    return category.title;
}

QString QuestionTreeModel::categoryTitle(const QString &categoryId) const
{
    for (const Group &group : m_groups) {
        if (group.category.id == categoryId)
            return displayTitle(group.category);
    }
    return {};
}

void QuestionTreeModel::setQuestions(const QList<Category> &categories, const QList<Question> &questions)
{
    beginResetModel();
    m_groups.clear();
    for (const Category &category : categories)
        m_groups.append(Group{category, {}});
    for (const Question &question : questions) {
        auto group = std::find_if(m_groups.begin(), m_groups.end(),
                                  [&](const Group &g) { return g.category.id == question.categoryId; });
        if (group == m_groups.end()) {
            group = std::find_if(m_groups.begin(), m_groups.end(),
                                 [](const Group &g) { return g.category.id == QLatin1String("other"); });
            if (group == m_groups.end()) {
                m_groups.append(Group{{QStringLiteral("other"), QStringLiteral("Other")}, {}});
                group = std::prev(m_groups.end());
            }
        }
        group->questions.append(question);
    }
    endResetModel();
}

void QuestionTreeModel::setDetailsSource(DetailsSource source)
{
    m_detailsSource = std::move(source);
}

const Question *QuestionTreeModel::listed(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kCategoryId)
        return nullptr;
    return &m_groups.at(static_cast<qsizetype>(index.internalId() - 1)).questions.at(index.row());
}

const Question *QuestionTreeModel::question(const QModelIndex &index) const
{
    const Question *q = listed(index);
    if (!q || q->detailsLoaded || !m_detailsSource)
        return q;
    Question &stored = m_groups[static_cast<qsizetype>(index.internalId() - 1)].questions[index.row()];
    if (auto details = m_detailsSource(q->id))
        stored.setDetails(std::move(details).value());
    else
        qWarning("%s", qUtf8Printable(details.error()));
    return &stored;
}

QModelIndex QuestionTreeModel::indexOfQuestion(const QString &id) const
{
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        const QList<Question> &questions = m_groups.at(g).questions;
        for (qsizetype q = 0; q < questions.size(); ++q) {
            if (questions.at(q).id == id)
                return createIndex(static_cast<int>(q), 0, static_cast<quintptr>(g + 1));
        }
    }
    return {};
}

void QuestionTreeModel::setReviews(const QHash<QString, QuestionReview> &reviews, const QDate &today,
                                   std::optional<QDate> interviewDay)
{
    m_reviews.clear();
    for (const QuestionReview &r : reviews) {
        ReviewInfo info{r, ReviewStatus::Scheduled, {}};
        if (r.state.lastReview.isValid())
            info.due = effectiveDue(r.state, today, interviewDay);
        info.status = isDue(r, today, interviewDay) ? ReviewStatus::Due : ReviewStatus::Scheduled;
        m_reviews.insert(r.questionId, info);
    }
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex parent = index(g, 0);
        if (const int n = rowCount(parent); n > 0)
            Q_EMIT dataChanged(index(0, 0, parent), index(n - 1, 0, parent));
    }
}

bool QuestionTreeModel::isInBanks(const QString &bankId, const QStringList &bankIds)
{
    return bankIds.isEmpty() || bankId == QLatin1String(kCustomBankId) || bankIds.contains(bankId);
}

QList<QuestionReview> QuestionTreeModel::reviewList(const QStringList &bankIds) const
{
    QList<QuestionReview> list;
    int order = 0;
    for (const Group &group : m_groups) {
        for (const Question &q : group.questions) {
            if (!isInBanks(q.bankId, bankIds))
                continue;
            QuestionReview r = m_reviews.value(q.id).review;
            r.questionId = q.id;
            r.order = order++;
            list.append(r);
        }
    }
    return list;
}

QuestionTreeModel::ReviewStatus QuestionTreeModel::reviewStatus(const QString &questionId) const
{
    const auto found = m_reviews.constFind(questionId);
    return found == m_reviews.cend() ? ReviewStatus::NeverPractised : found->status;
}

int QuestionTreeModel::dueCount(const QStringList &bankIds) const
{
    int count = 0;
    for (const Group &group : m_groups) {
        for (const Question &q : group.questions)
            count += reviewStatus(q.id) == ReviewStatus::Due && isInBanks(q.bankId, bankIds) ? 1 : 0;
    }
    return count;
}

int QuestionTreeModel::neverPractisedCount(const QStringList &bankIds) const
{
    int count = 0;
    for (const Group &group : m_groups) {
        for (const Question &q : group.questions)
            count +=
                reviewStatus(q.id) == ReviewStatus::NeverPractised && isInBanks(q.bankId, bankIds) ? 1 : 0;
    }
    return count;
}

int QuestionTreeModel::questionCount() const
{
    int count = 0;
    for (const Group &group : m_groups)
        count += static_cast<int>(group.questions.size());
    return count;
}

QModelIndex QuestionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kCategoryId);
    if (parent.internalId() == kCategoryId)
        return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
    return {};
}

QModelIndex QuestionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kCategoryId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kCategoryId);
}

int QuestionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kCategoryId)
        return 0;
    return static_cast<int>(m_groups.at(parent.row()).questions.size());
}

int QuestionTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant QuestionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kCategoryId) {
        const Group &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return displayTitle(group.category);
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case KindRole:
            return QVariant::fromValue(Kind::Category);
        case IdRole:
        case CategoryIdRole:
            return group.category.id;
        default:
            return {};
        }
    }
    const Question &q = *listed(index);
    const ReviewStatus status = reviewStatus(q.id);
    switch (role) {
    case Qt::DisplayRole:
        return q.text;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QDate due = m_reviews.value(q.id).due;
        QString state;
        if (status == ReviewStatus::NeverPractised)
            state = tr("never practised");
        else if (status == ReviewStatus::Due)
            state = tr("due for review");
        else if (due.isValid())
            state = tr("next review %1").arg(QLocale().toString(due, QLocale::ShortFormat));
        if (q.hidden)
            state = state.isEmpty() ? tr("hidden") : tr("hidden, %1").arg(state);
        return state.isEmpty() ? q.text : tr("%1 (%2)").arg(q.text, state);
    }
    case Qt::ForegroundRole:
        // Hidden questions, listed on request, stay visibly set apart.
        return q.hidden ? QVariant::fromValue(QColor(Qt::gray)) : QVariant();
    case Qt::DecorationRole: {
        // A dot marks what is due, a ring what was never practised: the list reads at a glance.
        static const auto dot = [](bool filled) {
            QPixmap pixmap(12, 12);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            const QColor colour(0xd9, 0x7a, 0x00);
            painter.setPen(QPen(colour, 1.5));
            painter.setBrush(filled ? QBrush(colour) : QBrush(Qt::NoBrush));
            painter.drawEllipse(QRectF(2, 2, 8, 8));
            return pixmap;
        };
        if (status == ReviewStatus::Due) {
            static const QPixmap filled = dot(true);
            return filled;
        }
        if (status == ReviewStatus::NeverPractised) {
            static const QPixmap ring = dot(false);
            return ring;
        }
        return {};
    }
    case ReviewRole:
        return QVariant::fromValue(status);
    case DueDateRole:
        return m_reviews.value(q.id).due;
    case KindRole:
        return QVariant::fromValue(Kind::Question);
    case IdRole:
        return q.id;
    case CategoryIdRole:
        return q.categoryId;
    case BankIdRole:
        return q.bankId;
    case TagsRole:
        return q.tags;
    case StarRole:
        return q.star;
    case TargetSecondsRole:
        return q.targetSeconds;
    case SearchTextRole:
        return QString(q.text + u' ' + q.tags.join(u' '));
    default:
        return {};
    }
}

Qt::ItemFlags QuestionTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kCategoryId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> QuestionTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "id");
    names.insert(CategoryIdRole, "categoryId");
    names.insert(TagsRole, "tags");
    names.insert(BankIdRole, "bankId");
    names.insert(StarRole, "star");
    names.insert(TargetSecondsRole, "targetSeconds");
    names.insert(SearchTextRole, "searchText");
    names.insert(ReviewRole, "review");
    names.insert(DueDateRole, "dueDate");
    return names;
}

} // namespace coach
