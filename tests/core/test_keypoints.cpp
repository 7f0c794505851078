// Key points: the spoken form of what is written, and the phrases that cannot be listened for.
#include "core/keypoints.h"
#include "support/testsupport.h"

using namespace coach;

TEST_CASE("Words are lower case and punctuation is dropped", "[keypoints]")
{
    using keypoints::spokenForm;
    CHECK(spokenForm(QStringLiteral("Composite Index")) == QStringLiteral("composite index"));
    CHECK(spokenForm(QStringLiteral("  on-call   rotation! ")) == QStringLiteral("on call rotation"));
    CHECK(spokenForm(QStringLiteral("read/write split")) == QStringLiteral("read write split"));
    CHECK(spokenForm(QStringLiteral("\"idempotent\" retries, (with backoff)")) ==
          QStringLiteral("idempotent retries with backoff"));
    CHECK(spokenForm(QStringLiteral("don't page twice")) == QStringLiteral("don't page twice"));
    CHECK(spokenForm(QStringLiteral("the team's 'runbook'")) == QStringLiteral("the team's runbook"));
    CHECK(spokenForm(QStringLiteral("")).isEmpty());
    CHECK(spokenForm(QStringLiteral("?! -- ...")).isEmpty());
}

TEST_CASE("Whole numbers are written out, with and before the last two digits", "[keypoints]")
{
    using keypoints::spokenForm;
    CHECK(spokenForm(QStringLiteral("0")) == QStringLiteral("zero"));
    CHECK(spokenForm(QStringLiteral("7")) == QStringLiteral("seven"));
    CHECK(spokenForm(QStringLiteral("13")) == QStringLiteral("thirteen"));
    CHECK(spokenForm(QStringLiteral("20")) == QStringLiteral("twenty"));
    CHECK(spokenForm(QStringLiteral("42")) == QStringLiteral("forty two"));
    CHECK(spokenForm(QStringLiteral("100")) == QStringLiteral("one hundred"));
    CHECK(spokenForm(QStringLiteral("120")) == QStringLiteral("one hundred and twenty"));
    CHECK(spokenForm(QStringLiteral("999")) == QStringLiteral("nine hundred and ninety nine"));
    CHECK(spokenForm(QStringLiteral("1,000")) == QStringLiteral("one thousand"));
    CHECK(spokenForm(QStringLiteral("1000")) == QStringLiteral("one thousand"));
    CHECK(spokenForm(QStringLiteral("1005")) == QStringLiteral("one thousand and five"));
    CHECK(spokenForm(QStringLiteral("1,500")) == QStringLiteral("one thousand five hundred"));
    CHECK(spokenForm(QStringLiteral("2024")) == QStringLiteral("two thousand and twenty four"));
    CHECK(spokenForm(QStringLiteral("12,345")) ==
          QStringLiteral("twelve thousand three hundred and forty five"));
    CHECK(spokenForm(QStringLiteral("2,000,000")) == QStringLiteral("two million"));
    CHECK(spokenForm(QStringLiteral("3,000,000,017")) == QStringLiteral("three billion and seventeen"));
    // A leading zero, or more digits than any amount said aloud: digit by digit.
    CHECK(spokenForm(QStringLiteral("007")) == QStringLiteral("zero zero seven"));
    CHECK(spokenForm(QStringLiteral("1234567890123")) ==
          QStringLiteral("one two three four five six seven eight nine zero one two three"));
    // Commas that do not group thousands separate numbers.
    CHECK(spokenForm(QStringLiteral("1,2")) == QStringLiteral("one two"));
    CHECK(spokenForm(QStringLiteral("3, 4")) == QStringLiteral("three four"));
}

TEST_CASE("Decimals are read digit by digit after point", "[keypoints]")
{
    using keypoints::spokenForm;
    CHECK(spokenForm(QStringLiteral("99.9")) == QStringLiteral("ninety nine point nine"));
    CHECK(spokenForm(QStringLiteral("0.25")) == QStringLiteral("zero point two five"));
    CHECK(spokenForm(QStringLiteral("3.14 ms")) == QStringLiteral("three point one four milliseconds"));
    // A full stop after a number ends the sentence.
    CHECK(spokenForm(QStringLiteral("up 3.")) == QStringLiteral("up three"));
}

TEST_CASE("Units after a number are written out, singular after exactly one", "[keypoints]")
{
    using keypoints::spokenForm;
    CHECK(spokenForm(QStringLiteral("900 ms")) == QStringLiteral("nine hundred milliseconds"));
    CHECK(spokenForm(QStringLiteral("900ms")) == QStringLiteral("nine hundred milliseconds"));
    CHECK(spokenForm(QStringLiteral("1 ms")) == QStringLiteral("one millisecond"));
    CHECK(spokenForm(QStringLiteral("1.0 s")) == QStringLiteral("one point zero seconds"));
    CHECK(spokenForm(QStringLiteral("30s")) == QStringLiteral("thirty seconds"));
    CHECK(spokenForm(QStringLiteral("3x")) == QStringLiteral("three times"));
    CHECK(spokenForm(QStringLiteral("3X faster")) == QStringLiteral("three times faster"));
    CHECK(spokenForm(QStringLiteral("99.9%")) == QStringLiteral("ninety nine point nine percent"));
    CHECK(spokenForm(QStringLiteral("40 %")) == QStringLiteral("forty percent"));
    CHECK(spokenForm(QStringLiteral("10k")) == QStringLiteral("ten thousand"));
    CHECK(spokenForm(QStringLiteral("10k users")) == QStringLiteral("ten thousand users"));
    CHECK(spokenForm(QStringLiteral("512 KB")) == QStringLiteral("five hundred and twelve kilobytes"));
    CHECK(spokenForm(QStringLiteral("2MB")) == QStringLiteral("two megabytes"));
    CHECK(spokenForm(QStringLiteral("1 GB")) == QStringLiteral("one gigabyte"));
    CHECK(spokenForm(QStringLiteral("4 TB")) == QStringLiteral("four terabytes"));
    CHECK(spokenForm(QStringLiteral("5k qps")) == QStringLiteral("five thousand queries per second"));
    CHECK(spokenForm(QStringLiteral("200 rps")) == QStringLiteral("two hundred requests per second"));
    CHECK(spokenForm(QStringLiteral("1 rps")) == QStringLiteral("one request per second"));
    CHECK(spokenForm(QStringLiteral("900 to 120 ms")) ==
          QStringLiteral("nine hundred to one hundred and twenty milliseconds"));
    // qps and rps are never words of their own; the other units only count after a number.
    CHECK(spokenForm(QStringLiteral("peak qps")) == QStringLiteral("peak queries per second"));
    CHECK(spokenForm(QStringLiteral("x axis")) == QStringLiteral("x axis"));
    CHECK(spokenForm(QStringLiteral("ms office")) == QStringLiteral("ms office"));
    CHECK(spokenForm(QStringLiteral("k means")) == QStringLiteral("k means"));
}

TEST_CASE("Letters stuck to digits are words of their own", "[keypoints]")
{
    using keypoints::spokenForm;
    CHECK(spokenForm(QStringLiteral("p99 latency")) == QStringLiteral("p ninety nine latency"));
    CHECK(spokenForm(QStringLiteral("P50")) == QStringLiteral("p fifty"));
    CHECK(spokenForm(QStringLiteral("ipv6")) == QStringLiteral("ipv six"));
    CHECK(spokenForm(QStringLiteral("http2 push")) == QStringLiteral("http two push"));
}

TEST_CASE("A phrase that cannot be listened for says why", "[keypoints]")
{
    using keypoints::problemWith;
    CHECK(problemWith(QStringLiteral("composite index")).isEmpty());
    CHECK(problemWith(QStringLiteral("Kafka")).isEmpty());
    CHECK(problemWith(QStringLiteral("900 to 120 ms")).isEmpty()); // eight words said
    CHECK(problemWith(QStringLiteral("")).contains(QStringLiteral("empty")));
    CHECK(problemWith(QStringLiteral("  ;, ")).contains(QStringLiteral("empty")));
    CHECK(problemWith(QStringLiteral("and the")).contains(QStringLiteral("common words")));
    CHECK(problemWith(QStringLiteral("Of a")).contains(QStringLiteral("common words")));
    CHECK(problemWith(QStringLiteral("it is what it is")).isEmpty()); // "what" is not in the list
    CHECK(problemWith(QStringLiteral("one two three four five six seven eight")).isEmpty());
    const QString tooLong = problemWith(QStringLiteral("one two three four five six seven eight nine"));
    CHECK(tooLong.contains(QStringLiteral("too long")));
    CHECK(tooLong.contains(QStringLiteral("9")));
    // Numbers count as they are said: three written words, nine said.
    CHECK(problemWith(QStringLiteral("from 999 to 21")).contains(QStringLiteral("too long")));
}

TEST_CASE("A list of key points is checked whole", "[keypoints]")
{
    using keypoints::problemWithList;
    CHECK(problemWithList({}).isEmpty());
    CHECK(problemWithList({QStringLiteral("composite index"), QStringLiteral("on-call rotation")}).isEmpty());
    QStringList nine;
    for (int i = 1; i <= 9; ++i)
        nine << QStringLiteral("point %1").arg(i);
    CHECK(problemWithList(nine).contains(QStringLiteral("At most 8")));
    CHECK(problemWithList(nine.mid(0, 8)).isEmpty());
    const QString bad = problemWithList({QStringLiteral("composite index"), QStringLiteral("and the")});
    CHECK(bad.startsWith(QStringLiteral("\"and the\": ")));
    CHECK(bad.contains(QStringLiteral("common words")));
    const QString twice = problemWithList(
        {QStringLiteral("3x faster"), QStringLiteral("cache"), QStringLiteral("three times faster")});
    CHECK(twice.contains(QStringLiteral("\"three times faster\" is listed twice")));
}
