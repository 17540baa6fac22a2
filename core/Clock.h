#pragma once

#include <QDate>
#include <QDateTime>

namespace Doudi {

// The one source of "now" in core, so that ages, months and deadlines can be tested with a fixed
// date (KeePassXC core/Clock.h).
class Clock final
{
public:
    static QDateTime currentDateTimeUtc();
    static QDate currentDate();

    // Tests pin the clock; an invalid QDateTime returns it to the system time.
    static void setFixed(const QDateTime& utc);

private:
    Clock() = delete;
};

} // namespace Doudi
