#pragma once

#include "Result.h"

#include <QDate>
#include <QRandomGenerator>
#include <QStringList>

namespace Doudi {

class Database;

// A believable reserve-fund ledger for the demo township: last year's and this year's quota,
// half of it advanced in January, monthly replenishments after each statement, emergency and expenditure
// payments to demo households (a few reversed, most with their paperwork in), and last year closed
// with its balance carried forward. Written through FundLedger, so every rule and the audit trail
// apply as they would at the desk.
class DemoFund final
{
public:
    DemoFund(QRandomGenerator& random, QDate today);

    // Does nothing when the ledger already has entries.
    Status fill(Database& database, const QStringList& householdIds);

private:
    int between(int low, int high) { return low + int(m_random.bounded(high - low + 1)); }
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }

    QRandomGenerator& m_random;
    QDate m_today;
};

} // namespace Doudi
