#include "PaidDetermination.h"

#include "domain/Household.h"
#include "rules/DeterminationJson.h"
#include "store/DeterminationRepository.h"

#include <algorithm>

namespace Doudi {

Result<Determination> PaidDetermination::of(DeterminationRepository& determinations, const Household& household,
                                            const ApprovedAmount* approved, const QString& policyId,
                                            const QString& month)
{
    Determination paid;
    paid.policyId = policyId;
    paid.month = month;
    paid.classification = Classification::NotEligible;
    if (!onRoll(approved))
        return paid;
    paid.classification =
        DeterminationJson::classificationFromCode(approved->classification).value_or(Classification::NotEligible);
    paid.totalFen = approved->totalFen;
    if (paid.classification == Classification::DibaoSinglePerson) {
        const auto latest = determinations.latest(household.uuid);
        if (!latest)
            return latest.error();
        if (latest->has_value())
            paid.members = (*latest)->result.members;
    }
    return paid;
}

QString PaidDetermination::category(const Determination& paid, int index)
{
    if (paid.classification == Classification::Tekun)
        return QStringLiteral("tekun");
    const bool dibao =
        paid.classification == Classification::Dibao || paid.classification == Classification::DibaoGradualExit ||
        (paid.classification == Classification::DibaoSinglePerson &&
         std::any_of(paid.members.cbegin(), paid.members.cend(),
                     [index](const MemberBenefit& b) { return b.index == index && b.singlePersonFen > 0; }));
    return dibao ? QStringLiteral("dibao") : QStringLiteral("orphan");
}

} // namespace Doudi
