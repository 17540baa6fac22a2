#pragma once

#include "Result.h"
#include "fund/FundStatement.h"
#include "report/Recipients.h"
#include "report/Roster.h"

#include <QCoreApplication>

namespace Doudi {

// 月度统计: the month's figures for the city. Households, persons and amounts by category and by
// village; households new this month, leaving it and in gradual exit; the average 增发 per person
// who receives one, as a share of the standard (the work plan asks for at least 50 %); and the
// month's temporary assistance from the reserve fund.
class StatisticsRoster final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::StatisticsRoster)

public:
    struct Changes
    {
        int exited = 0; // households whose help ended this month (termination or end of gradual exit)
    };

    // `programs`: the township's other programs (ProgramRecipients::countByProgram).
    static Roster build(const Recipients::List& list, const Changes& changes, const std::optional<FundStatement>& fund,
                        const QString& township, const QDate& month,
                        const QList<RecipientCount>& programs = QList<RecipientCount>());
    // The 增发 paid per person who receives one, in percent of the standard (−1 when nobody does).
    static int averageIncrementPct(const Recipients::List& list);

private:
    StatisticsRoster() = delete;
};

} // namespace Doudi
