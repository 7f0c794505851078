// The questions people practise, and the banks that group them.
#pragma once

#include "core/keypoint.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace coach {

struct Category
{
    QString id;
    QString title;
};

// The guide to a question: what a list of questions does without, read when one question is shown.
struct QuestionDetails
{
    QString whyAsked;
    QStringList strongAnswerShows;
    QStringList tips;
    QString sampleAnswer;
    QString juniorVariant;
    QStringList followUps;
};

struct Question
{
    QString id;
    QString bankId;
    QString categoryId;
    QString text;
    QStringList tags;
    QString whyAsked;
    QStringList strongAnswerShows;
    QStringList tips;
    QString sampleAnswer;
    QString juniorVariant; // empty when the bank has none for this question
    QStringList followUps; // what an interviewer may ask next; none for own and Markdown questions
    bool star = false;     // a behavioural question, answered as a STAR story
    int targetSeconds = 90;
    int position = 0;    // order within the bank
    bool hidden = false; // a bundled question the person chose not to see
    // The person's own key points: carried only by a bank exported to a file or imported from one (the
    // database keeps them apart from the bank, so a newer bundled bank never touches them).
    QList<KeyPoint> keyPoints;
    // False for a question read for a list (QuestionRepository::questionList): the guide above is empty
    // until setDetails() gives it.
    bool detailsLoaded = true;

    void setDetails(QuestionDetails details)
    {
        whyAsked = std::move(details.whyAsked);
        strongAnswerShows = std::move(details.strongAnswerShows);
        tips = std::move(details.tips);
        sampleAnswer = std::move(details.sampleAnswer);
        juniorVariant = std::move(details.juniorVariant);
        followUps = std::move(details.followUps);
        detailsLoaded = true;
    }
};

// The bank of the person's own questions: the only one whose questions can be edited and deleted.
inline constexpr char kCustomBankId[] = "custom";

struct QuestionBank
{
    QString id;
    QString title;
    QString language;
    int version = 0;
    QList<Category> categories;
    QList<Question> questions;
};

} // namespace coach
