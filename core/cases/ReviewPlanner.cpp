#include "ReviewPlanner.h"

#include <QSet>

#include <algorithm>

namespace Doudi {

namespace {
QDate lastStepOn(const CaseRecord& c, std::initializer_list<const char*> actions)
{
    QDate last;
    for (const CaseStep& s : c.steps) {
        for (const char* action : actions) {
            if (s.action == QLatin1String(action) && s.onDate > last)
                last = s.onDate;
        }
    }
    return last;
}
} // namespace

QList<ReviewDue> ReviewPlanner::due(const QList<CaseRecord>& cases, const QHash<QString, Household>& households,
                                    const QDate& until, const QHash<QString, QDate>& deaths)
{
    // A review concluded (approved to continue, or closed another way) restarts the clock; an open
    // one means the review is under way already.
    QHash<QString, QDate> lastReview;
    QSet<QString> reviewOpen;
    for (const CaseRecord& c : cases) {
        if (c.type != QLatin1String("periodic_review"))
            continue;
        if (c.state != QLatin1String("closed")) {
            reviewOpen.insert(c.householdId);
            continue;
        }
        const QDate concluded = lastStepOn(c, {"approve", "terminate", "begin_gradual_exit"});
        if (concluded > lastReview.value(c.householdId))
            lastReview.insert(c.householdId, concluded);
    }
    QList<ReviewDue> out;
    for (const CaseRecord& c : cases) {
        if (c.state != QLatin1String("active") || reviewOpen.contains(c.householdId))
            continue;
        const auto household = households.constFind(c.householdId);
        if (household == households.constEnd())
            continue;
        QDate since = lastStepOn(c, {"start_payment", "continue"});
        since = std::max(since, lastReview.value(c.householdId));
        if (!since.isValid())
            continue;
        // Only a death since the last review calls for another.
        const QDate death = deaths.value(c.householdId);
        const ReviewSchedule::Due next = ReviewSchedule::next(*household, since, death > since ? death : QDate());
        if (next.date <= until)
            out.append({c.householdId, c.id, since, next});
    }
    std::sort(out.begin(), out.end(), [](const ReviewDue& a, const ReviewDue& b) {
        return a.due.date != b.due.date ? a.due.date < b.due.date : a.householdId < b.householdId;
    });
    return out;
}

} // namespace Doudi
