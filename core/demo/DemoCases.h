#pragma once

#include "Result.h"

#include <QDate>
#include <QRandomGenerator>
#include <QStringList>

namespace Doudi {

class Database;

// Applications in the demo township's files, at every stage of the last two months: just accepted,
// under investigation with a home visit, on public notice (so the notice roster has lines),
// submitted, approved and paid from the next month, or refused with the reason; now and then a
// near relative of staff with the city's visit. Written through CaseRepository, so every rule, time
// limit and audit entry applies as at the desk.
class DemoCases final
{
public:
    DemoCases(QRandomGenerator& random, QDate today);

    // Does nothing when the township already has cases.
    Status fill(Database& database, const QStringList& householdIds);

private:
    int between(int low, int high) { return low + int(m_random.bounded(high - low + 1)); }

    QRandomGenerator& m_random;
    QDate m_today;
};

} // namespace Doudi
