// The questions people practise, and the banks that group them.
#pragma once

#include "core/keypoint.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace coach {

struct Category
{
    QString id;
    QString title;
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
