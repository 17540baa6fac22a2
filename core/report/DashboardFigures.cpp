#include "DashboardFigures.h"

#include "cases/CaseRepository.h"
#include "cases/SignalRepository.h"
#include "domain/Vocabulary.h"
#include "fund/FundLedger.h"
#include "report/ProgramRecipients.h"
#include "report/Recipients.h"
#include "report/StatisticsRoster.h"
#include "rules/DeterminationJson.h"
#include "store/HouseholdRepository.h"
#include "store/SiteRepository.h"

#include <QHash>
#include <QMap>

namespace Doudi {

Result<DashboardFigures> DashboardFigures::compute(Database& database, const Session& session, const QDate& today)
{
    DashboardFigures f;
    f.month = QDate(today.year(), today.month(), 1);
    const auto months = Recipients::forMonths(database, session, f.month.addMonths(-11), 12);
    if (!months)
        return months.error();
    f.fundVisible = session.may(Action::ViewFund);
    FundLedger ledger(database, session);
    // The fund's payments per month and their reversals, from one reading of the ledger.
    QHash<QDate, qint64> fundPaid;
    QHash<QDate, qint64> fundReversed;
    if (f.fundVisible) {
        if (const auto entries = ledger.entries()) {
            for (const FundEntry& e : *entries) {
                const QDate month(e.date.year(), e.date.month(), 1);
                if (e.kind == QLatin1String("payment"))
                    fundPaid[month] += e.amountFen;
                else if (e.kind == QLatin1String("reversal") && e.sign > 0)
                    fundReversed[month] += e.amountFen;
            }
        }
    }
    for (const Recipients::List& list : *months) {
        MonthAmount m;
        m.month = f.month.addMonths(int(f.trend.size()) - 11);
        m.households = int(list.recipients.size());
        for (const Recipient& r : list.recipients)
            m.benefitsFen += r.totalFen;
        m.fundPaidFen = fundPaid.value(m.month);
        m.fundReversedFen = fundReversed.value(m.month);
        f.trend.append(m);
    }

    // This month by category and by village.
    const Recipients::List& now = months->last();
    f.amountsToReview = now.differFromTheRules;
    f.byCategory = Recipients::countByClassification(now);
    f.byVillage = Recipients::countByVillage(now);
    const auto programs =
        ProgramRecipients::countByProgram(database, session, f.month.toString(QStringLiteral("yyyy-MM")));
    if (!programs)
        return programs.error();
    f.byProgram = *programs;
    f.averageIncrementPct = StatisticsRoster::averageIncrementPct(now);

    // Who the list marks as enrolled, against who is paid: the two figures a clerk compares.
    const auto statuses = HouseholdRepository(database, session).countByStatus();
    if (!statuses)
        return statuses.error();
    int enrolledHouseholds = 0;
    for (HouseholdStatus status : {HouseholdStatus::Dibao, HouseholdStatus::Tekun, HouseholdStatus::GradualExit}) {
        const StatusCount c = statuses->value(Vocabulary::statusCode(status));
        f.enrolled.append({Vocabulary::statusLabel(status), int(c.households), int(c.persons), 0});
        enrolledHouseholds += int(c.households);
    }
    int paidEnrolled = 0;
    for (const Recipient& r : now.recipients) {
        if (r.household.status == HouseholdStatus::None)
            ++f.paidNotEnrolled;
        else
            ++paidEnrolled;
    }
    f.enrolledNotPaid = enrolledHouseholds - paidEnrolled;

    if (f.fundVisible) {
        if (const auto b = ledger.balance(today.year()))
            f.fund = *b;
        if (const auto outstanding = ledger.paperworkOutstanding()) {
            f.paperworkOutstanding = int(outstanding->size());
            f.paperworkOverdue =
                int(std::count_if(outstanding->cbegin(), outstanding->cend(),
                                  [&today](const FundEntry& e) { return e.paperworkOverdueOn(today); }));
        }
    }

    // What is due: the same figures as the due dashboard (Ctrl+D) shows in full.
    CaseRepository cases(database, session);
    if (const auto all = cases.list(QString(), false, today)) {
        for (const CaseRecord& c : *all) {
            for (const CaseDeadline& d : c.deadlines) {
                if (d.overdueOn(today))
                    ++f.overdueLimits;
                else if (!d.met && d.due <= today.addDays(7))
                    ++f.limitsThisWeek;
            }
        }
        if (const auto reviews = cases.reviewsDue(*all, today.addDays(30)))
            f.reviewsDue = int(reviews->size());
    }
    if (const auto openSignals = SignalRepository(database, session).list(true))
        f.openSignals = int(openSignals->size());

    SiteRepository sites(database, session);
    const QString year = QStringLiteral("/%1").arg(today.year());
    f.purchasedServicesFen = sites.setting(kPurchasedServicesSetting + year).toLongLong();
    f.assistanceFundsFen = sites.setting(kAssistanceFundsSetting + year).toLongLong();
    return f;
}

} // namespace Doudi
