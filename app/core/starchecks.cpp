#include "core/starchecks.h"

#include <QRegularExpression>
#include <QSet>

namespace coach {

namespace {

QStringList splitList(const QString &list)
{
    QStringList words;
    for (const QString &w : list.split(u',', Qt::SkipEmptyParts))
        words << w.trimmed().toLower();
    return words;
}

// Calls visit(word) for each lower-case word of the text (apostrophes kept inside words, "i'm") until it
// returns true; no list of all words is built, so a megabyte costs one pass.
template<typename Visit>
bool anyWord(const QString &text, Visit visit)
{
    QString current;
    for (const QChar c : text) {
        const bool wordChar =
            c.isLetterOrNumber() || c.isMark() || (!current.isEmpty() && (c == u'\'' || c == u'\u2019'));
        if (wordChar) {
            current += c == u'\u2019' ? QChar(u'\'') : c.toLower();
        } else if (!current.isEmpty()) {
            if (visit(current))
                return true;
            current.clear();
        }
    }
    return !current.isEmpty() && visit(current);
}

bool containsAny(const QString &text, const QSet<QString> &wanted)
{
    return anyWord(text, [&](const QString &w) { return wanted.contains(w); });
}

} // namespace

QStringList StarChecks::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

bool StarChecks::supports(const QString &language)
{
    return supportedLanguages().contains(language);
}

StarCheckWords StarChecks::currentWords(const QString &language)
{
    StarCheckWords w;
    w.language = language;
    //: Comma-separated first-person singular words of the translation's language, used to check that an
    //: Action is told with "I". Translate into the words of your language, not word by word.
    w.firstPersonSingular = splitList(tr("i,i'm,i've,i'd,i'll,me,my,mine,myself"));
    //: Comma-separated first-person plural words, used to notice an Action told only as "we".
    w.firstPersonPlural = splitList(tr("we,we're,we've,we'd,we'll,us,our,ours,ourselves"));
    //: Comma-separated words that name a measurable outcome (digits always count), used to check the Result.
    w.measureWords = splitList(tr(
        "percent,per cent,half,double,doubled,twice,tripled,halved,seconds,second,minutes,minute,hours,hour,"
        "days,day,weeks,week,months,month,milliseconds,ms,users,customers,requests,errors,incidents,tickets,"
        "pages,dollars,euros,times,none,zero,fewer,faster,slower,cut,reduced,increased,saved"));
    return w;
}

QString StarChecks::partName(StarPart part)
{
    switch (part) {
    case StarPart::Situation:
        return tr("Situation");
    case StarPart::Task:
        return tr("Task");
    case StarPart::Action:
        return tr("Action");
    case StarPart::Result:
        return tr("Result");
    }
    Q_UNREACHABLE();
}

QList<StarHint> StarChecks::check(const StarDraft &draft, const StarCheckWords &words)
{
    QList<StarHint> hints;
    if (draft.isEmpty())
        return hints; // nothing written yet: no hints, the prompts say what to do
    for (const StarPart part : kStarParts) {
        if (draft.part(part).trimmed().isEmpty())
            hints.append({StarHint::Kind::EmptyPart, part, tr("The %1 is still empty.").arg(partName(part))});
    }

    const QString &result = draft.result;
    if (!result.trimmed().isEmpty()) {
        static const QRegularExpression digit(QStringLiteral(R"(\d)"));
        const bool hasNumber = result.contains(digit) || result.contains(u'%');
        // Entries of several words ("per cent") are looked for as phrases.
        const bool phrase =
            std::any_of(words.measureWords.begin(), words.measureWords.end(), [&](const QString &w) {
                return w.contains(u' ') && result.contains(w, Qt::CaseInsensitive);
            });
        if (!hasNumber && !phrase &&
            !containsAny(result, QSet<QString>(words.measureWords.begin(), words.measureWords.end())))
            hints.append(
                {StarHint::Kind::ResultWithoutMeasure, StarPart::Result,
                 tr("The Result names no number or measurable outcome (a time, a percentage, a count).")});
    }

    const QSet<QString> plural(words.firstPersonPlural.begin(), words.firstPersonPlural.end());
    const QSet<QString> singular(words.firstPersonSingular.begin(), words.firstPersonSingular.end());
    if (containsAny(draft.action, plural) && !containsAny(draft.action, singular))
        hints.append({StarHint::Kind::ActionWithoutI, StarPart::Action,
                      tr("The Action says \"we\" but never \"I\": interviewers want to hear what you did.")});

    const int situationWords = countWords(draft.situation);
    const int actionCount = countWords(draft.action);
    if (situationWords > 0 && actionCount > 0 && situationWords > actionCount)
        hints.append({StarHint::Kind::SituationLongerThanAction, StarPart::Situation,
                      tr("The Situation (%1 words) is longer than the Action (%2 words); most of the answer "
                         "belongs to what you did.")
                          .arg(situationWords)
                          .arg(actionCount)});
    return hints;
}

} // namespace coach
