#pragma once

#include "Result.h"
#include "report/Recipients.h"
#include "report/Roster.h"

#include <QCoreApplication>

namespace Doudi {

// 发放花名册: the payment roster of a month, a section per village, signed by each recipient.
// ID numbers masked to the first 6 and last 4 characters, bank accounts to the last 4 digits;
// page subtotals, each village's total, and the preparer's and reviewer's lines.
class PaymentRoster final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::PaymentRoster)

public:
    // `supplement`: the roster of the month's supplement (补发花名册).
    static Roster build(const Recipients::List& list, const QString& township, const QDate& month,
                        bool supplement = false);
    static QString maskAccount(const QString& account);

private:
    PaymentRoster() = delete;
};

} // namespace Doudi
