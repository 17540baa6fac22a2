#pragma once

#include "fund/FundStatement.h"
#include "report/Roster.h"

#include <QCoreApplication>

namespace Doudi {

// The reserve fund's monthly statement (报账单) as a roster: the month's movements and the payments
// whose paperwork was still outstanding at its end.
class FundRoster final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::FundRoster)

public:
    static Roster build(const FundStatement& statement, const QString& township, const QDate& month);

private:
    FundRoster() = delete;
};

} // namespace Doudi
