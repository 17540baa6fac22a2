#pragma once

#include <QtGlobal>

namespace Doudi {

// Where the fund stands for one year: what came in, what went out, what is left. The balance is
// carried in + allocated − paid + reversed − returned, and the ledger never lets it below zero.
struct FundBalance
{
    int year = 0;
    qint64 quotaFen = 0;     // the year's quota as last set (0: none yet)
    qint64 carriedInFen = 0; // the balance at the end of the year before
    qint64 allocatedFen = 0; // allocations and replenishments received, less reversed ones
    qint64 paidFen = 0;      // payments, reversed ones included
    qint64 reversedFen = 0;  // payments reversed
    qint64 returnedFen = 0;  // given back to the city at the year's close
    qint64 balanceFen = 0;   // at the end of the year, or now for the current year
    bool closed = false;
    int lowBalancePct = 20;

    // Below the policy's share of the quota (20 %): time to ask the city to replenish.
    bool isLow() const { return quotaFen > 0 && balanceFen * 100 < quotaFen * lowBalancePct; }
};

} // namespace Doudi
