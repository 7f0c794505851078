#include "storage/sqlscript.h"

#include <QRegularExpression>

namespace coach {

namespace {

bool isOnlyComments(const QString &statement)
{
    static const QRegularExpression comments(QStringLiteral(R"((--[^\n]*)|(/\*.*?\*/)|\s)"),
                                             QRegularExpression::DotMatchesEverythingOption);
    QString rest = statement;
    rest.remove(comments);
    return rest.isEmpty();
}

} // namespace

QStringList splitSqlStatements(const QString &script)
{
    QStringList statements;
    QString current;
    QChar quote; // the open quote character, or null outside quotes
    bool lineComment = false;
    bool blockComment = false;
    int triggerDepth = 0; // BEGIN ... END nesting inside CREATE TRIGGER
    QString word;
    QStringList leadingWords; // the first words of the statement, outside comments

    auto isTrigger = [&] {
        if (leadingWords.size() < 2 || leadingWords.at(0) != QLatin1String("CREATE"))
            return false;
        if (leadingWords.at(1) == QLatin1String("TRIGGER"))
            return true;
        return leadingWords.size() >= 3 && leadingWords.at(2) == QLatin1String("TRIGGER") &&
               (leadingWords.at(1) == QLatin1String("TEMP") ||
                leadingWords.at(1) == QLatin1String("TEMPORARY"));
    };
    auto endWord = [&] {
        if (word.isEmpty())
            return;
        const QString upper = word.toUpper();
        if (leadingWords.size() < 3)
            leadingWords.append(upper);
        const bool inTrigger = isTrigger();
        if (inTrigger && (upper == QLatin1String("BEGIN") || upper == QLatin1String("CASE")))
            ++triggerDepth;
        else if (inTrigger && upper == QLatin1String("END") && triggerDepth > 0)
            --triggerDepth;
        word.clear();
    };

    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < script.size() ? script.at(i + 1) : QChar();
        if (lineComment) {
            current += c;
            if (c == u'\n')
                lineComment = false;
            continue;
        }
        if (blockComment) {
            current += c;
            if (c == u'*' && next == u'/') {
                current += next;
                ++i;
                blockComment = false;
            }
            continue;
        }
        if (!quote.isNull()) {
            current += c;
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'-' && next == u'-') {
            endWord();
            lineComment = true;
            current += c;
            continue;
        }
        if (c == u'/' && next == u'*') {
            endWord();
            blockComment = true;
            current += c;
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`') {
            endWord();
            quote = c;
            current += c;
            continue;
        }
        if (c.isLetterOrNumber() || c == u'_') {
            word += c;
            current += c;
            continue;
        }
        endWord();
        if (c == u';' && triggerDepth == 0) {
            if (!isOnlyComments(current))
                statements.append(current.trimmed());
            current.clear();
            leadingWords.clear();
            continue;
        }
        current += c;
    }
    endWord();
    if (!isOnlyComments(current))
        statements.append(current.trimmed());
    return statements;
}

} // namespace coach
