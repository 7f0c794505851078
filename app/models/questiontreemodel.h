// The questions grouped under their categories: categories at the top level, questions below them.
#pragma once

#include "core/question.h"
#include "core/result.h"
#include "core/schedule.h"

#include <QAbstractItemModel>
#include <QHash>

#include <functional>
#include <optional>

namespace coach {

class QuestionTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind: a category row or a question row
        IdRole,                      // the category's or question's id
        CategoryIdRole,
        TagsRole,          // QStringList
        StarRole,          // bool: a behavioural question
        TargetSecondsRole, // int
        SearchTextRole,    // the text search matches against: question text and tags
        ReviewRole,        // ReviewStatus
        DueDateRole,       // QDate: when the question is next due; invalid when not scheduled
        BankIdRole,        // the question's bank
    };
    Q_ENUM(Role)
    enum class Kind { Category, Question };
    Q_ENUM(Kind)
    enum class ReviewStatus { NeverPractised, Due, Scheduled };
    Q_ENUM(ReviewStatus)

    explicit QuestionTreeModel(QObject *parent = nullptr);

    // Replaces the content; questions whose category is not listed go into an "Other" group.
    void setQuestions(const QList<Category> &categories, const QList<Question> &questions);
    // Where question() reads the guide of a question given without it (detailsLoaded false).
    using DetailsSource = std::function<Result<QuestionDetails>(const QString &questionId)>;
    void setDetailsSource(DetailsSource source);

    // The question with its guide, read from the details source the first time it is asked for. When the
    // guide cannot be read, the question comes without it (detailsLoaded stays false, the next call tries
    // again). The list's own roles never read it.
    const Question *question(const QModelIndex &index) const;
    QModelIndex indexOfQuestion(const QString &id) const;
    int questionCount() const;

    // The review state of the practised questions (the others are never practised), as of today.
    void setReviews(const QHash<QString, QuestionReview> &reviews, const QDate &today,
                    std::optional<QDate> interviewDay);
    // Every question with its review state, in bank order (for choosing what to practise next). bankIds,
    // when not empty, keeps the questions of those banks and the person's own, as the browser shows them.
    QList<QuestionReview> reviewList(const QStringList &bankIds = {}) const;
    int dueCount(const QStringList &bankIds = {}) const;
    int neverPractisedCount(const QStringList &bankIds = {}) const;
    // Whether a question of this bank is among bankIds' (the person's own always are; no ids: every bank).
    static bool isInBanks(const QString &bankId, const QStringList &bankIds);
    ReviewStatus reviewStatus(const QString &questionId) const;
    // The category's title in the user's language where the program knows the category.
    static QString displayTitle(const Category &category);
    // The displayed title of one of the model's categories; empty when the model has no such category.
    QString categoryTitle(const QString &categoryId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Group
    {
        Category category;
        QList<Question> questions;
    };
    const Question *listed(const QModelIndex &index) const; // as given, without reading its guide
    // mutable: question() fills in guides as they are first read.
    mutable QList<Group> m_groups;
    DetailsSource m_detailsSource;
    struct ReviewInfo
    {
        QuestionReview review;
        ReviewStatus status = ReviewStatus::NeverPractised;
        QDate due;
    };
    QHash<QString, ReviewInfo> m_reviews;
};

} // namespace coach
