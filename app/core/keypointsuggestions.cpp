#include "core/keypointsuggestions.h"

#include "core/keypoints.h"

#include <QRegularExpression>
#include <QSet>

namespace coach {

namespace {

// Words that end a term: what joins or points, never what names a thing.
bool isSuggestionStopWord(const QString &lowerWord)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const char *const list[] = {
            "a",       "an",      "the",    "and",     "or",         "but",      "of",      "to",
            "in",      "on",      "at",     "by",      "for",        "from",     "with",    "into",
            "onto",    "over",    "under",  "per",     "as",         "than",     "then",    "so",
            "that",    "this",    "these",  "those",   "which",      "who",      "whom",    "what",
            "when",    "where",   "why",    "how",     "i",          "we",       "you",     "he",
            "she",     "it",      "they",   "me",      "us",         "him",      "her",     "them",
            "my",      "our",     "your",   "his",     "its",        "their",    "is",      "are",
            "was",     "were",    "be",     "been",    "being",      "have",     "has",     "had",
            "do",      "does",    "did",    "not",     "no",         "also",     "about",   "after",
            "before",  "such",    "very",   "more",    "most",       "some",     "any",     "each",
            "every",   "all",     "both",   "one",     "can",        "could",    "would",   "should",
            "will",    "may",     "might",  "must",    "up",         "down",     "out",     "off",
            "just",    "only",    "even",   "still",   "while",      "because",  "through", "across",
            "between", "without", "within", "ideally", "particular", "actually", "really",  "kind",
            "sort"};
        for (const char *w : list)
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words.contains(lowerWord);
}

// Words after a number that say what it counts.
bool isSuggestionUnit(const QString &lowerWord)
{
    static const QRegularExpression unit(QStringLiteral(
        R"(^(ms|milliseconds?|s|secs?|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|percent|)"
        R"(k|m|gb|mb|tb|kb|thousand|million|billion|times|x|rps|qps|requests?|users?|customers?|engineers?|)"
        R"(people|services?|servers?|nodes?|teams?|releases?|deploys?|deployments?|incidents?|tickets?|)"
        R"(bugs?|errors?|queries|points?|dollars?|euros?)$)"));
    return unit.match(lowerWord).hasMatch();
}

// A verb in the past or continuous form ("added", "fell", "moving") at either end of a run is the doing, not
// the term.
bool looksLikeSuggestionVerb(const QString &lowerWord)
{
    static const QSet<QString> irregular = [] {
        QSet<QString> set;
        const char *const list[] = {
            "fell", "rose", "grew",  "went",  "led",     "ran",   "built",  "made",    "took", "cut",  "set",
            "got",  "saw",  "found", "began", "brought", "kept",  "wrote",  "spent",   "gave", "held", "met",
            "paid", "sent", "won",   "lost",  "drove",   "chose", "became", "shipped", "put",  "left"};
        for (const char *w : list)
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return irregular.contains(lowerWord) ||
           (lowerWord.size() > 4 && (lowerWord.endsWith(u"ed") || lowerWord.endsWith(u"ing")));
}

QString suggestionKey(const QString &phrase)
{
    return phrase.simplified().toLower();
}

// The words of a text, and the punctuation between them as tokens of its own (a decimal point stays in its
// number).
QStringList suggestionTokens(const QString &text)
{
    static const QRegularExpression token(
        QStringLiteral(R"([\p{L}\p{N}](?:[\p{L}\p{N}'’%\-]|\.(?=\p{N}))*|[,;:.!?()\[\]"/])"));
    QStringList tokens;
    auto it = token.globalMatch(text);
    while (it.hasNext())
        tokens.append(it.next().captured(0));
    return tokens;
}

bool isSuggestionWord(const QString &token)
{
    return !token.isEmpty() && token.at(0).isLetterOrNumber();
}

bool suggestionStartsWithDigit(const QString &token)
{
    return !token.isEmpty() && token.at(0).isDigit();
}

// "900 ms", "40%", "3x", "2 million requests": a number with what it counts; a bare number says too little.
QStringList suggestedNumbers(const QStringList &tokens)
{
    static const QRegularExpression attached(QStringLiteral(R"(^\d[\d.,]*(%|x|k|ms|s)$)"),
                                             QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!suggestionStartsWithDigit(tokens.at(i)))
            continue;
        QStringList words{tokens.at(i)};
        for (qsizetype j = i + 1;
             j < tokens.size() && words.size() < 3 && isSuggestionUnit(tokens.at(j).toLower()); ++j)
            words.append(tokens.at(j));
        if (words.size() > 1 || attached.match(tokens.at(i)).hasMatch())
            found.append(words.join(u' '));
        i += words.size() - 1;
    }
    return found;
}

// Runs of two or three naming words between stop words and punctuation.
QStringList suggestedTerms(const QStringList &tokens)
{
    QStringList found;
    QStringList run;
    const auto flush = [&] {
        while (!run.isEmpty() && looksLikeSuggestionVerb(run.constFirst().toLower()))
            run.removeFirst();
        while (!run.isEmpty() && looksLikeSuggestionVerb(run.constLast().toLower()))
            run.removeLast();
        if (run.size() >= 2 && run.size() <= 3)
            found.append(run.join(u' '));
        run.clear();
    };
    bool countsANumber = false; // the words after a number say what it counts: they belong to the number
    for (const QString &token : tokens) {
        countsANumber =
            suggestionStartsWithDigit(token) || (countsANumber && isSuggestionUnit(token.toLower()));
        if (countsANumber || !isSuggestionWord(token) || isSuggestionStopWord(token.toLower()) ||
            (token.size() < 3 && token != token.toUpper()))
            flush();
        else
            run.append(token);
    }
    flush();
    return found;
}

// A word capitalised only because it opens a sentence is written in lower case.
QString suggestionWithoutSentenceCapital(QString phrase)
{
    const qsizetype space = phrase.indexOf(u' ');
    const QString first = phrase.left(space < 0 ? phrase.size() : space);
    if (first.size() > 1 && first.at(0).isUpper() && first.mid(1) == first.mid(1).toLower())
        phrase[0] = phrase.at(0).toLower();
    return phrase;
}

} // namespace

QStringList KeyPointSuggestions::fromStar(const StarDraft &draft)
{
    QStringList found;
    for (const QString *part : {&draft.action, &draft.result}) {
        const QStringList tokens = suggestionTokens(*part);
        found += suggestedNumbers(tokens);
        found += suggestedTerms(tokens);
    }
    return found;
}

QStringList KeyPointSuggestions::fromStrongAnswer(const QStringList &strongAnswerShows)
{
    QStringList found;
    for (const QString &point : strongAnswerShows) {
        const QStringList tokens = suggestionTokens(point);
        QStringList words;
        for (const QString &t : tokens)
            if (isSuggestionWord(t))
                words.append(t);
        if (words.size() >= 2 && words.size() <= 4 && words.size() == tokens.size())
            found.append(suggestionWithoutSentenceCapital(words.join(u' ')));
        else
            for (const QString &term : suggestedTerms(tokens))
                found.append(suggestionWithoutSentenceCapital(term));
    }
    return found;
}

QStringList KeyPointSuggestions::suggest(const StarDraft &draft, const QStringList &strongAnswerShows,
                                         const QStringList &existing, int limit)
{
    QSet<QString> seen;
    for (const QString &phrase : existing)
        seen.insert(suggestionKey(phrase));
    QStringList offered;
    for (const QString &phrase : fromStar(draft) + fromStrongAnswer(strongAnswerShows)) {
        if (offered.size() >= limit)
            break;
        const QString key = suggestionKey(phrase);
        if (seen.contains(key) || !keypoints::problemWith(phrase).isEmpty())
            continue;
        seen.insert(key);
        offered.append(phrase);
    }
    return offered;
}

} // namespace coach
