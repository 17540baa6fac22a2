#include "ReviewSchedule.h"

namespace Doudi {

bool ReviewSchedule::hasAbleBodiedMember(const Household& household, const QDate& day)
{
    for (const Member& m : household.members) {
        const int age = ageOn(m.effectiveBirthDate(), day);
        if (age >= 18 && age <= 59 && m.disability.isNone() && !m.seriousIllness && !m.student)
            return true;
    }
    return false;
}

bool ReviewSchedule::hasUnstableIncome(const Household& household)
{
    // Work that comes and goes: wages from casual work, a small business, anything else declared.
    for (const IncomeItem& item : household.income) {
        if (item.type == QLatin1String("wage") || item.type == QLatin1String("business") ||
            item.type == QLatin1String("other"))
            return true;
    }
    return false;
}

ReviewSchedule::Due ReviewSchedule::next(const Household& household, const QDate& since, const QDate& death)
{
    Due due{since.addMonths(12), tr("yearly review")};
    if (hasAbleBodiedMember(household, since) || hasUnstableIncome(household))
        due = {since.addMonths(6), tr("review every six months: able-bodied members or an unstable income")};
    if (death.isValid() && death.addMonths(3) < due.date)
        due = {death.addMonths(3), tr("review within three months of a member's death")};
    return due;
}

} // namespace Doudi
