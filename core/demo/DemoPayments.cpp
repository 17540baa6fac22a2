#include "DemoPayments.h"

#include "payments/ApprovedAmounts.h"
#include "payments/PaymentBatches.h"
#include "rules/Evaluator.h"
#include "store/Database.h"
#include "store/HouseholdRepository.h"
#include "store/PolicyRepository.h"
#include "store/Transaction.h"

#include <QSqlQuery>

namespace Doudi {

namespace {

const QStringList kReturnReasons = {QStringLiteral("账户已销户"), QStringLiteral("户名与账号不符"),
                                    QStringLiteral("账户冻结"), QStringLiteral("账号不存在")};

} // namespace

DemoPayments::DemoPayments(QRandomGenerator& random, QDate today)
    : m_random(random)
    , m_today(today)
{}

Status DemoPayments::fill(Database& database, const QStringList& householdIds)
{
    {
        QSqlQuery q(database.connection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM payment_batches")) && q.next() && q.value(0).toLongLong() > 0)
            return success();
    }
    const Session clerk = Session::bootstrap(QStringLiteral("clerk1"));
    const Session supervisor = Session::bootstrap(QStringLiteral("supervisor"));
    const QDate first = QDate(m_today.year(), m_today.month(), 1).addMonths(-11);
    const QString firstMonth = first.toString(QStringLiteral("yyyy-MM"));

    // What the households' records say they receive, approved a year ago; households a demo case
    // has decided on already keep that decision.
    {
        const auto policy = PolicyRepository(database, supervisor).inForce(first);
        HouseholdRepository households(database, supervisor);
        ApprovedAmounts amounts(database, supervisor);
        Transaction transaction(database.connection());
        if (Status s = transaction.begin(); !s)
            return s;
        // Every household read at once: one query per table, not six per household.
        auto all = households.loadAll();
        if (!all)
            return all.error();
        QHash<QString, const Household*> byId;
        for (const Household& household : *all)
            byId.insert(household.uuid, &household);
        for (const QString& id : householdIds) {
            const Household* h = byId.value(id);
            if (!h)
                return Error::failed(QStringLiteral("demo: household %1 is not stored").arg(id));
            if (h->status == HouseholdStatus::None)
                continue;
            const auto decided = amounts.history(id);
            if (!decided)
                return decided.error();
            if (!decided->isEmpty())
                continue;
            ApprovedAmounts::Decision decision;
            decision.householdId = id;
            decision.source = QStringLiteral("record");
            decision.effectiveFrom = firstMonth;
            decision.decidedOn = first.addDays(-10);
            decision.note = QStringLiteral("上年度审批花名册");
            // Decided a year ago on the rules as they stood, where they pay; else as the old roster
            // recorded it (a household the rules no longer pay is flagged for review).
            if (policy) {
                const auto d = Evaluator::evaluate(policy->policy, *h, firstMonth);
                if (d && d->totalFen > 0)
                    decision.steps = ApprovedAmounts::stepsFor(policy->policy, *h, *d, firstMonth);
            }
            if (decision.steps.isEmpty() || !decision.steps.first().pays())
                decision.steps = ApprovedAmounts::recordedSteps(policy ? &policy->policy : nullptr, *h, firstMonth);
            if (decision.steps.isEmpty())
                continue;
            if (const auto r = amounts.recordWithin(decision); !r)
                return r.error();
        }
        if (Status s = transaction.commit(); !s)
            return s;
    }

    // Twelve months paid: prepared by the clerk, approved by the supervisor, a payment or two
    // returned by the bank now and then, the rest confirmed; this month's is still at the bank.
    PaymentBatches preparer(database, clerk);
    PaymentBatches approver(database, supervisor);
    QStringList returned; // households whose payment came back
    for (int i = 0; i < 12; ++i) {
        const QString month = first.addMonths(i).toString(QStringLiteral("yyyy-MM"));
        const auto plan = preparer.prepare(month, QStringLiteral("regular"));
        if (!plan) {
            // A township too small to have a recipient with an account pays nobody.
            if (const auto preview = preparer.plan(month, QStringLiteral("regular"));
                preview && preview->lines.isEmpty())
                continue;
            return plan.error();
        }
        if (Status s = approver.approve(plan->batch.id); !s)
            return s;
        if (i == 11)
            break;
        if (i % 4 == 2 && !plan->lines.isEmpty()) {
            const PaymentLine& l = plan->lines.at(m_random.bounded(int(plan->lines.size())));
            if (Status s = preparer.markFailed(plan->batch.id, l.householdId,
                                               kReturnReasons.at(m_random.bounded(int(kReturnReasons.size()))));
                !s)
                return s;
            returned.append(l.householdId);
        }
        if (Status s = preparer.markPaidInFull(plan->batch.id); !s)
            return s;
    }
    // One returned account corrected and paid again in a supplement (补发).
    if (!returned.isEmpty()) {
        HouseholdRepository households(database, clerk);
        auto h = households.load(returned.first());
        if (!h)
            return h.error();
        const int last = h->bankAccount.isEmpty() ? 0 : h->bankAccount.back().digitValue();
        h->bankAccount = h->bankAccount.chopped(1) + QString::number((last + 1) % 10);
        if (Status s = households.save(*h); !s)
            return s;
        const auto plan = preparer.prepare(m_today.toString(QStringLiteral("yyyy-MM")), QStringLiteral("supplement"));
        if (!plan)
            return plan.error();
        if (Status s = approver.approve(plan->batch.id); !s)
            return s;
        if (Status s = preparer.markPaidInFull(plan->batch.id); !s)
            return s;
    }
    return success();
}

} // namespace Doudi
