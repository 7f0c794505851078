#include "core/story.h"

#include "core/starchecks.h"

#include <QSet>

#include <algorithm>

namespace coach {

QStringList StoryText::competencies()
{
    return {tr("ownership"), tr("debugging under pressure"), tr("trade-offs"), tr("collaboration"),
            tr("conflict"),  tr("learning from failure"),    tr("leadership"), tr("customer focus")};
}

QStringList StoryText::knownCompetencies(const QStringList &usedTags)
{
    QStringList known;
    QSet<QString> seen;
    for (const QStringList &list : {competencies(), usedTags}) {
        for (const QString &c : list) {
            const QString name = c.trimmed();
            if (!name.isEmpty() && !seen.contains(name.toLower())) {
                seen.insert(name.toLower());
                known << name;
            }
        }
    }
    std::sort(known.begin(), known.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return known;
}

QString StoryText::toMarkdown(const Story &story, const QStringList &questionTexts)
{
    QString md = QStringLiteral("# ") + (story.title.isEmpty() ? tr("Untitled story") : story.title) +
                 QStringLiteral("\n\n");
    if (!story.tags.isEmpty())
        md += tr("Competencies: %1").arg(story.tags.join(QStringLiteral(", "))) + QStringLiteral("\n\n");
    if (!questionTexts.isEmpty()) {
        md += tr("Answers:") + u'\n';
        for (const QString &q : questionTexts)
            md += QStringLiteral("- ") + q + u'\n';
        md += u'\n';
    }
    for (const StarPart part : kStarParts) {
        md += QStringLiteral("## ") + StarChecks::partName(part) + QStringLiteral("\n\n");
        const QString text = story.draft.part(part).trimmed();
        md += (text.isEmpty() ? tr("(empty)") : text) + QStringLiteral("\n\n");
    }
    return md;
}

} // namespace coach
