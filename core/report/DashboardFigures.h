#pragma once

#include "Result.h"
#include "fund/FundBalance.h"
#include "report/Recipients.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Doudi {

class Database;

// The supervisor's first screen in figures (issue: rosters, dashboard): who is paid this month by
// category and village, twelve months of amounts, the reserve fund against its quota, what is due
// or overdue, and the compliance figures of the work plan.
struct DashboardFigures
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::DashboardFigures)

public:
    using Count = RecipientCount;
    struct MonthAmount
    {
        QDate month;
        int households = 0;
        qint64 benefitsFen = 0;     // what the record pays for that month (Recipients::forMonth)
        qint64 fundPaidFen = 0;     // reserve-fund payments of that month, gross (reversed ones too)
        qint64 fundReversedFen = 0; // payments reversed that month: their own line, never netted
    };

    QDate month;
    QList<Count> byCategory; // paid this month, by the classification paid (the statistics roster's)
    QList<Count> byVillage;
    QList<Count> byProgram; // the township's other programs this month (the statistics roster's)
    // Households by the status the list's 状态 column shows (HouseholdRepository::countByStatus),
    // 低保, 特困 and 低保渐退 in that order: who is enrolled, whether or not paid this month.
    QList<Count> enrolled;
    int enrolledNotPaid = 0;  // enrolled households without a line this month (a batch not yet taking them)
    int paidNotEnrolled = 0;  // paid this month though the list no longer marks them (ended this month)
    QList<MonthAmount> trend; // the twelve months to this one, oldest first
    bool fundVisible = false;
    FundBalance fund;
    int overdueLimits = 0;   // case time limits passed
    int limitsThisWeek = 0;  // falling due in the next seven days
    int reviewsDue = 0;      // reviews of paying households due in 30 days or overdue
    int amountsToReview = 0; // paid an approved amount the rules now put otherwise
    int openSignals = 0;     // monitoring signals not closed
    int paperworkOutstanding = 0;
    int paperworkOverdue = 0;
    int averageIncrementPct = -1;    // 增发 per person receiving one, of the standard (−1: nobody)
    qint64 purchasedServicesFen = 0; // the year's government-purchased services (0: not entered)
    qint64 assistanceFundsFen = 0;   // the year's central and provincial assistance funds

    static inline const QString kPurchasedServicesSetting = QStringLiteral("purchased_services_fen");
    static inline const QString kAssistanceFundsSetting = QStringLiteral("central_provincial_funds_fen");

    static Result<DashboardFigures> compute(Database& database, const Session& session, const QDate& today);
};

} // namespace Doudi
