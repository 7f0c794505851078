// A clock that stands where a test puts it, so days, weeks and the 30-day trash do not depend on today.
#pragma once

#include "core/clock.h"

#include <QTimeZone>

namespace coach::test {

class MockClock final : public Clock
{
public:
    explicit MockClock(const QDateTime &now = QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc()))
        : m_now(now.toUTC())
    {}

    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }
    void advanceSecs(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace coach::test
