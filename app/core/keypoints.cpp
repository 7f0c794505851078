#include "core/keypoints.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <array>

namespace coach::keypoints {

namespace {

struct SpokenUnit
{
    const char *written;
    const char *plural;
    const char *singular; // after exactly 1
};

// Units are only read as units right after a number ("3 s", "3s"), except those that are never a word of
// their own (qps, rps), which are read anywhere.
constexpr std::array<SpokenUnit, 19> kUnits{{
    {"ms", "milliseconds", "millisecond"},
    {"s", "seconds", "second"},
    {"sec", "seconds", "second"},
    {"secs", "seconds", "second"},
    {"min", "minutes", "minute"},
    {"mins", "minutes", "minute"},
    {"ns", "nanoseconds", "nanosecond"},
    {"kb", "kilobytes", "kilobyte"},
    {"mb", "megabytes", "megabyte"},
    {"gb", "gigabytes", "gigabyte"},
    {"tb", "terabytes", "terabyte"},
    {"x", "times", "times"},
    {"k", "thousand", "thousand"},
    {"qps", "queries per second", "query per second"},
    {"rps", "requests per second", "request per second"},
    {"rpm", "requests per minute", "request per minute"},
    {"kbps", "kilobits per second", "kilobit per second"},
    {"mbps", "megabits per second", "megabit per second"},
    {"gbps", "gigabits per second", "gigabit per second"},
}};

const SpokenUnit *unitWritten(const QString &word)
{
    for (const SpokenUnit &unit : kUnits)
        if (word == QLatin1String(unit.written))
            return &unit;
    return nullptr;
}

bool readAnywhere(const QString &word)
{
    return word == QLatin1String("qps") || word == QLatin1String("rps");
}

const std::array<const char *, 20> kOnes{"zero",    "one",     "two",       "three",    "four",
                                         "five",    "six",     "seven",     "eight",    "nine",
                                         "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                         "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
const std::array<const char *, 10> kTens{"",      "",      "twenty",  "thirty", "forty",
                                         "fifty", "sixty", "seventy", "eighty", "ninety"};

// 1 to 99, as "twenty four" (two words, as the dictionary has them, rather than "twenty-four").
void appendBelowHundred(int n, QStringList &out)
{
    if (n < 20) {
        out << QLatin1String(kOnes[static_cast<size_t>(n)]);
        return;
    }
    out << QLatin1String(kTens[static_cast<size_t>(n / 10)]);
    if (n % 10)
        out << QLatin1String(kOnes[static_cast<size_t>(n % 10)]);
}

// 1 to 999; "and" before the last two digits after hundreds ("one hundred and twenty").
void appendBelowThousand(int n, QStringList &out)
{
    if (n >= 100) {
        out << QLatin1String(kOnes[static_cast<size_t>(n / 100)]) << QStringLiteral("hundred");
        if (n % 100)
            out << QStringLiteral("and");
    }
    if (n % 100)
        appendBelowHundred(n % 100, out);
}

void appendDigits(const QString &digits, QStringList &out)
{
    for (const QChar c : digits)
        out << QLatin1String(kOnes[static_cast<size_t>(c.digitValue())]);
}

// Whole numbers up to 999 billion in words; longer ones, and those written with a leading zero ("007"),
// digit by digit, as people read them.
void appendWhole(const QString &digits, QStringList &out)
{
    if (digits.size() > 12 || (digits.size() > 1 && digits.startsWith(u'0'))) {
        appendDigits(digits, out);
        return;
    }
    qint64 n = digits.toLongLong();
    if (n == 0) {
        out << QStringLiteral("zero");
        return;
    }
    static const std::array<std::pair<qint64, const char *>, 3> scales{
        {{1000000000, "billion"}, {1000000, "million"}, {1000, "thousand"}}};
    bool above = false;
    for (const auto &[size, name] : scales) {
        if (n >= size) {
            appendBelowThousand(static_cast<int>(n / size), out);
            out << QLatin1String(name);
            n %= size;
            above = true;
        }
    }
    if (n == 0)
        return;
    // "two thousand and twenty four", as "one hundred and twenty" reads.
    if (above && n < 100)
        out << QStringLiteral("and");
    appendBelowThousand(static_cast<int>(n), out);
}

struct Token
{
    enum Kind { Word, Number, Percent } kind;
    QString text;     // the word, or the number's digits without grouping commas
    QString decimals; // digits after the point
};

// Letters (with apostrophes inside words), numbers (grouping commas and a decimal point included) and
// percent signs; everything else separates.
QList<Token> tokensOf(const QString &text)
{
    QList<Token> tokens;
    const qsizetype n = text.size();
    auto isDigitAt = [&](qsizetype i) {
        return i < n && text.at(i).isDigit();
    };
    for (qsizetype i = 0; i < n;) {
        const QChar c = text.at(i);
        if (c.isLetter()) {
            QString word;
            while (i < n && (text.at(i).isLetter() || (text.at(i) == u'\'' && i + 1 < n &&
                                                       text.at(i + 1).isLetter() && !word.isEmpty())))
                word += text.at(i++);
            tokens.append({Token::Word, word, {}});
        } else if (c.isDigit()) {
            QString digits;
            while (isDigitAt(i) || (text.at(i) == u',' && isDigitAt(i + 1) && isDigitAt(i + 2) &&
                                    isDigitAt(i + 3) && !isDigitAt(i + 4) && !digits.isEmpty())) {
                if (text.at(i) != u',')
                    digits += text.at(i);
                ++i;
            }
            QString decimals;
            if (i + 1 < n && text.at(i) == u'.' && isDigitAt(i + 1)) {
                ++i;
                while (isDigitAt(i))
                    decimals += text.at(i++);
            }
            tokens.append({Token::Number, digits, decimals});
        } else {
            if (c == u'%')
                tokens.append({Token::Percent, {}, {}});
            ++i;
        }
    }
    return tokens;
}

const QSet<QString> &stopWords()
{
    static const QSet<QString> words{
        QStringLiteral("a"),    QStringLiteral("an"),   QStringLiteral("the"),  QStringLiteral("and"),
        QStringLiteral("or"),   QStringLiteral("but"),  QStringLiteral("of"),   QStringLiteral("to"),
        QStringLiteral("in"),   QStringLiteral("on"),   QStringLiteral("at"),   QStringLiteral("by"),
        QStringLiteral("for"),  QStringLiteral("with"), QStringLiteral("from"), QStringLiteral("as"),
        QStringLiteral("is"),   QStringLiteral("was"),  QStringLiteral("are"),  QStringLiteral("be"),
        QStringLiteral("it"),   QStringLiteral("its"),  QStringLiteral("it's"), QStringLiteral("this"),
        QStringLiteral("that"), QStringLiteral("i"),    QStringLiteral("we"),   QStringLiteral("you"),
        QStringLiteral("he"),   QStringLiteral("she"),  QStringLiteral("they"), QStringLiteral("me"),
        QStringLiteral("my"),   QStringLiteral("our"),  QStringLiteral("so"),   QStringLiteral("if"),
        QStringLiteral("do"),   QStringLiteral("did"),  QStringLiteral("not"),  QStringLiteral("no"),
        QStringLiteral("up"),   QStringLiteral("out"),  QStringLiteral("then"), QStringLiteral("than"),
        QStringLiteral("oh"),   QStringLiteral("um"),   QStringLiteral("uh"),   QStringLiteral("like"),
        QStringLiteral("have"), QStringLiteral("has"),  QStringLiteral("had"),  QStringLiteral("there")};
    return words;
}

} // namespace

QString spokenForm(const QString &phrase)
{
    const QList<Token> tokens = tokensOf(phrase.toLower());
    QStringList words;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens.at(i);
        switch (token.kind) {
        case Token::Percent:
            words << QStringLiteral("percent");
            break;
        case Token::Word:
            if (readAnywhere(token.text))
                words << QLatin1String(unitWritten(token.text)->plural);
            else
                words << token.text;
            break;
        case Token::Number: {
            appendWhole(token.text, words);
            if (!token.decimals.isEmpty()) {
                words << QStringLiteral("point");
                appendDigits(token.decimals, words);
            }
            const SpokenUnit *unit = i + 1 < tokens.size() && tokens.at(i + 1).kind == Token::Word
                                         ? unitWritten(tokens.at(i + 1).text)
                                         : nullptr;
            if (unit) {
                const bool one = token.decimals.isEmpty() && token.text.toLongLong() == 1;
                words << QLatin1String(one ? unit->singular : unit->plural);
                ++i;
            }
            break;
        }
        }
    }
    return words.join(u' ');
}

QString problemWith(const QString &phrase)
{
    const QString spoken = spokenForm(phrase);
    const QStringList words = spoken.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QCoreApplication::translate("KeyPoints",
                                           "The key point is empty: write a word or a phrase to listen for.");
    if (words.size() > kMaxWords)
        return QCoreApplication::translate("KeyPoints", "The key point is too long: at most %1 words, and "
                                                        "this one says %2 (numbers count as they are said).")
            .arg(kMaxWords)
            .arg(words.size());
    const bool onlyCommon = std::all_of(words.cbegin(), words.cend(),
                                        [](const QString &word) { return stopWords().contains(word); });
    if (onlyCommon)
        return QCoreApplication::translate(
            "KeyPoints", "The key point has only short common words, which are said in every answer: "
                         "add a word that is yours.");
    return {};
}

QString problemWithList(const QStringList &phrases)
{
    if (phrases.size() > kMaxPhrases)
        return QCoreApplication::translate("KeyPoints",
                                           "At most %1 key points can be listened for; there are %2.")
            .arg(kMaxPhrases)
            .arg(phrases.size());
    QStringList spoken;
    for (const QString &phrase : phrases) {
        if (const QString problem = problemWith(phrase); !problem.isEmpty())
            return QCoreApplication::translate("KeyPoints", "\"%1\": %2").arg(phrase.trimmed(), problem);
        const QString form = spokenForm(phrase);
        if (spoken.contains(form))
            return QCoreApplication::translate("KeyPoints", "\"%1\" is listed twice.").arg(phrase.trimmed());
        spoken << form;
    }
    return {};
}

} // namespace coach::keypoints
