#pragma once

#include "payments/PriceIndices.h"
#include "payments/PriceSubsidyRun.h"
#include "report/Roster.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace Doudi {

// 价格临时补贴发放花名册: the one-off price subsidy of a month as paid, a section per village, a
// line per person signed for by the recipient; ID numbers and accounts masked; page subtotals,
// each village's total, then the township's total by village and by category.
class PriceSubsidyRoster final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::PriceSubsidyRoster)

public:
    static Roster build(const QList<PriceSubsidyLine>& paid, const QHash<QString, QString>& villageNames,
                        const QString& township, const QDate& month, const std::optional<RecordedPriceIndex>& index);

private:
    PriceSubsidyRoster() = delete;
};

} // namespace Doudi
