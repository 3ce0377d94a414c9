#pragma once

#include <QDate>
#include <QDateTime>

namespace core {

/// The source of "now" and "today" for every rule and every timestamp, so tests can fix the date.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; ///< UTC
    virtual QDate today() const = 0;   ///< local calendar date

    /// The process-wide system clock.
    static const Clock &system();
};

/// A clock that always says the same moment; tests and benchmarks use it.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime utc) : m_now(std::move(utc)) {}
    explicit FixedClock(QDate today) : m_now(today.startOfDay(Qt::UTC).addSecs(qint64(9) * 3600)) {}
    QDateTime now() const override { return m_now; }
    QDate today() const override { return m_now.date(); }
    void set(QDateTime utc) { m_now = std::move(utc); }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};

} // namespace core
