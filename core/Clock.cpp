#include "Clock.h"

#include <algorithm>
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
    // Asked for every member of every household a re-evaluation validates, and the local date costs a
    // time zone lookup (on Linux a look at /etc/localtime each time): each thread keeps the date it
    // worked out until the next local midnight, for a minute at most (the zone may be changed), or
    // until the clock is pinned elsewhere or goes back.
    thread_local qint64 cachedFixed = -2;
    thread_local qint64 validFrom = 0;
    thread_local qint64 validUntil = 0;
    thread_local QDate cached;
    const qint64 fixed = g_fixedMsecs.load();
    const qint64 now = fixed >= 0 ? fixed : QDateTime::currentMSecsSinceEpoch();
    if (fixed == cachedFixed && now >= validFrom && now < validUntil)
        return cached;
    cached = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toLocalTime().date();
    cachedFixed = fixed;
    validFrom = now;
    validUntil = std::min(now + 60 * 1000, QDateTime(cached.addDays(1), QTime(0, 0)).toMSecsSinceEpoch());
    return cached;
}

void Clock::setFixed(const QDateTime& utc)
{
    g_fixedMsecs.store(utc.isValid() ? utc.toMSecsSinceEpoch() : -1);
}

} // namespace Doudi
