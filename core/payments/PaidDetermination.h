#pragma once

#include "Result.h"
#include "payments/ApprovedAmount.h"
#include "rules/Determination.h"

namespace Doudi {

struct Household;
class DeterminationRepository;

// A household as the payment roll pays it in a month, in the form the programs' rules take
// (ProgramRules::entitlements): the approved classification and amount, or not eligible when it is
// not on the roll (its orphans may still be covered). Who is enrolled alone comes from the
// determination the decision was made on. What the one-off programs (the price subsidy, the
// funeral waiver) are worked out on: what the township pays, not what a new evaluation would say.
class PaidDetermination final
{
public:
    // `approved` null or not paying: the household is not on the roll that month.
    static Result<Determination> of(DeterminationRepository& determinations, const Household& household,
                                    const ApprovedAmount* approved, const QString& policyId, const QString& month);

    static bool onRoll(const ApprovedAmount* approved) { return approved && approved->pays(); }
    // What covers member `index` of a household paid as `paid`, a one-off program's category:
    // 特困 or the dibao (every member, but for one enrolled alone) before the orphans' allowance.
    static QString category(const Determination& paid, int index);

private:
    PaidDetermination() = delete;
};

} // namespace Doudi
