// The time for everything that stamps or compares dates: the system's in the program, a set one in tests.
#pragma once

#include <QDate>
#include <QDateTime>

namespace coach {

class Clock
{
public:
    Clock() = default;
    virtual ~Clock() = default;
    Q_DISABLE_COPY_MOVE(Clock)

    virtual QDateTime nowUtc() const = 0;
    // Local time and the local day: days, weeks and streaks are the person's own.
    QDateTime now() const { return nowUtc().toLocalTime(); }
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace coach
