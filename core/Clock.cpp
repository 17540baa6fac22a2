#include "Clock.h"

#include <atomic>

namespace Doudi {

namespace {
// Milliseconds since the epoch of the fixed time, or -1 for the system clock. Atomic because batch
// work reads the clock from worker threads.
std::atomic<qint64> g_fixedMsecs{-1};
} // namespace

QDateTime Clock::currentDateTimeUtc()
{
    const qint64 fixed = g_fixedMsecs.load();
    if (fixed >= 0)
        return QDateTime::fromMSecsSinceEpoch(fixed, Qt::UTC);
    return QDateTime::currentDateTimeUtc();
}

QDate Clock::currentDate()
{
    const qint64 fixed = g_fixedMsecs.load();
    if (fixed >= 0)
        return QDateTime::fromMSecsSinceEpoch(fixed, Qt::UTC).toLocalTime().date();
    return QDate::currentDate();
}

void Clock::setFixed(const QDateTime& utc)
{
    g_fixedMsecs.store(utc.isValid() ? utc.toMSecsSinceEpoch() : -1);
}

} // namespace Doudi
