#include "storage/attemptrow.h"

#include <QSqlQuery>

namespace coach {

Attempt readAttempt(const QSqlQuery &query)
{
    Attempt a;
    a.id = query.value(0).toLongLong();
    a.questionId = query.value(1).toString();
    a.startedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    a.durationMs = query.value(3).toLongLong();
    a.audioPath = query.value(4).toString();
    a.status = query.value(5).toString() == QLatin1String("recovered") ? Attempt::Status::Recovered
                                                                       : Attempt::Status::Complete;
    a.rating = query.value(6).toInt();
    a.notes = query.value(7).toString();
    a.mockSessionId = query.value(8).toLongLong();
    a.followUpOf = query.value(9).toLongLong();
    a.rubricPoints = query.value(10).toInt();
    a.rubricCovered = query.value(11).toInt();
    a.best = query.value(12).toInt() != 0;
    return a;
}

namespace {

int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

// "2026-11-28T20:15:00.123Z" as ms since the epoch, without building a QDateTime (a hundred thousand of
// them are read for the progress figures).
qint64 utcMs(QStringView text)
{
    if (text.size() == 24 && text[10] == u'T' && text[23] == u'Z') {
        const int y = digits(text, 0, 4), mo = digits(text, 5, 2), d = digits(text, 8, 2);
        const int h = digits(text, 11, 2), mi = digits(text, 14, 2), s = digits(text, 17, 2);
        const int ms = digits(text, 20, 3);
        const QDate date(y, mo, d);
        if (date.isValid() && h >= 0 && mi >= 0 && s >= 0 && ms >= 0)
            return (date.toJulianDay() - 2440588) * 86400000LL + ((h * 60LL + mi) * 60 + s) * 1000 + ms;
    }
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

} // namespace coach
