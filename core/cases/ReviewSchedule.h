#pragma once

#include "domain/Household.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Doudi {

// When a household receiving help is reviewed next (动态管理): yearly; every six months when it has
// able-bodied members or an unstable income; within three months of a member's death.
class ReviewSchedule final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::ReviewSchedule)

public:
    struct Due
    {
        QDate date;
        QString reason;
    };

    // `since` is the last review (or the approval); `death` the day a member died, if one did.
    static Due next(const Household& household, const QDate& since, const QDate& death = QDate());
    static bool hasAbleBodiedMember(const Household& household, const QDate& day);
    static bool hasUnstableIncome(const Household& household);

private:
    ReviewSchedule() = delete;
};

} // namespace Doudi
