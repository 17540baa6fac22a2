#pragma once

#include "fund/FundEntry.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Doudi {

// The monthly reconciliation (报账) the township sends the city: the month's opening and closing
// balances and every movement between them. closing = opening + allocated + replenished
// − allocation reversals − paid + reversed − returned.
struct FundStatement
{
    struct Total
    {
        int count = 0;
        qint64 fen = 0;
    };

    QString month; // YYYY-MM
    qint64 quotaFen = 0;
    qint64 openingFen = 0;
    qint64 allocatedFen = 0;
    qint64 replenishedFen = 0;
    qint64 allocationsReversedFen = 0;
    Total paid;
    QMap<QString, Total> paidByReasonType; // emergency, expenditure
    QMap<QString, Total> paidByMethod;     // cash, bank, in_kind
    Total reversed;                        // payments reversed in the month
    qint64 returnedFen = 0;
    qint64 closingFen = 0;
    // What to ask the city to replenish (报账后补充): the month's payments less their reversals.
    qint64 replenishmentRequestFen = 0;
    // Payments of the month or before whose paperwork was still outstanding at the month's end.
    QList<FundEntry> paperworkOutstanding;
};

} // namespace Doudi
