#pragma once

#include "cases/CaseRecord.h"
#include "cases/ReviewSchedule.h"
#include "domain/Household.h"

#include <QHash>
#include <QList>

namespace Doudi {

// A household receiving help whose periodic review (动态管理) falls due.
struct ReviewDue
{
    QString householdId;
    QString caseId; // the application case that is paying
    QDate since;    // the approval's start of payment, or the last review concluded
    ReviewSchedule::Due due;
};

// Which households receiving help are due for review: each paying (active) application case,
// from its start of payment or the last concluded review, under ReviewSchedule. A household whose
// review is already open is left out: its review case has time limits of its own.
class ReviewPlanner final
{
public:
    // Those due on or before `until`, the earliest first. `deaths`: the day a member of a household
    // died (a death signal from data matching), which brings its review within three months.
    static QList<ReviewDue> due(const QList<CaseRecord>& cases, const QHash<QString, Household>& households,
                                const QDate& until, const QHash<QString, QDate>& deaths = {});

private:
    ReviewPlanner() = delete;
};

} // namespace Doudi
