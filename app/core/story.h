// Stories: STAR drafts with a title and competency tags, reusable across questions.
#pragma once

#include "core/stardraft.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace coach {

struct Story
{
    qint64 id = 0;
    QString title;
    StarDraft draft;
    QStringList tags;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
};

struct StoryRevision
{
    qint64 id = 0;
    qint64 storyId = 0;
    QDateTime savedAt; // UTC
    QString title;
    StarDraft draft;
};

class StoryText final
{
    Q_DECLARE_TR_FUNCTIONS(StoryText)

public:
    // The competencies a story bank should cover; stories are tagged with these and with free tags.
    static QStringList competencies();
    // What a competency is completed from: those above and the tags the person's stories already use, each
    // once (whatever its case), by name.
    static QStringList knownCompetencies(const QStringList &usedTags);
    // A story as Markdown: title, tags, the questions it answers, and the four parts.
    static QString toMarkdown(const Story &story, const QStringList &questionTexts);
};

} // namespace coach
