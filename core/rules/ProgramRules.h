#pragma once

#include "Result.h"
#include "domain/Household.h"
#include "rules/Determination.h"
#include "rules/Entitlements.h"
#include "rules/Policy.h"
#include "rules/PriceIndex.h"

#include <QCoreApplication>

#include <optional>

namespace Doudi {

// The township's other programs of spec/programs.md as a pure function: a policy, a household, the
// determination the dibao rules gave it for the month, and the month's published price index when
// there is one give what each member receives beside the dibao, the same on every machine.
class ProgramRules final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::ProgramRules)

public:
    // The spec's age for orphans and children without care: a child is under 18 (§3).
    static constexpr int kChildAge = 18;

    struct Options
    {
        bool trace = true; // batch work that only needs the amounts skips the explanation
    };

    static Result<Entitlements> entitlements(const Policy& policy, const Household& household,
                                             const Determination& determination, const QString& month,
                                             const std::optional<PriceIndex>& priceIndex, Options options);
    static Result<Entitlements> entitlements(const Policy& policy, const Household& household,
                                             const Determination& determination, const QString& month,
                                             const std::optional<PriceIndex>& priceIndex = std::nullopt)
    {
        return entitlements(policy, household, determination, month, priceIndex, Options{});
    }

    // The programs' codes in the order of the spec (§4), which is the order of a member's lines.
    static const QStringList& programs();
    // Those paid every month (the rest are one-off), in the same order: what rosters, statistics
    // and the city's report count month by month.
    static const QStringList& monthlyPrograms();
    static QString programLabel(const QString& program);
    // What a reason code says, in words a clerk reads aloud.
    static QString reasonLabel(const QString& code);

    // Whether a child whose parents are these is an orphan (孤儿: both dead or declared missing), as
    // against a child without de-facto care (§3).
    static bool isOrphan(const Parents& parents);

    // Whether the index triggers the price subsidy of `policy` for its month (§4.5).
    static bool priceSubsidyTriggered(const ProgramsPolicy& programs, const PriceIndex& index);

private:
    ProgramRules() = delete;
};

} // namespace Doudi
