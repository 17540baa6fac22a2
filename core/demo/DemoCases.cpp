#include "DemoCases.h"

#include "cases/CaseRepository.h"
#include "cases/CaseWorkflow.h"
#include "rules/Evaluator.h"
#include "store/Database.h"
#include "store/DeterminationRepository.h"
#include "store/HouseholdRepository.h"
#include "store/PolicyRepository.h"

#include <QSqlQuery>

#include <optional>

namespace Doudi {

DemoCases::DemoCases(QRandomGenerator& random, QDate today)
    : m_random(random)
    , m_today(today)
{}

Status DemoCases::fill(Database& database, const QStringList& householdIds)
{
    {
        QSqlQuery q(database.connection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM cases")) && q.next() && q.value(0).toLongLong() > 0)
            return success();
    }
    const Session clerkSession = Session::bootstrap(QStringLiteral("clerk1"));
    const Session supervisorSession = Session::bootstrap(QStringLiteral("supervisor"));
    CaseRepository clerk(database, clerkSession);
    CaseRepository supervisor(database, supervisorSession);
    HouseholdRepository households(database, clerkSession);
    // One application for every twenty households, at most forty: enough to fill every list.
    const int count = std::min(40, int(householdIds.size()) / 20);
    const auto policy = PolicyRepository(database, clerkSession).inForce(m_today);
    if (!policy)
        return policy.error();
    const QString month = m_today.toString(QStringLiteral("yyyy-MM"));
    const auto eligible = [&](const Household& h) {
        const auto d = Evaluator::evaluate(policy->policy, h, month);
        return d && d->totalFen > 0 &&
               (d->classification == Classification::Dibao || d->classification == Classification::DibaoSinglePerson);
    };
    for (int i = 0; i < count; ++i) {
        // Most who apply have a case: two in three applications come from households the rules
        // find eligible.
        const bool wantEligible = m_random.bounded(3) != 0;
        QString id;
        std::optional<Household> household;
        for (int attempt = 0; attempt < 12 && !household; ++attempt) {
            id = householdIds.at(m_random.bounded(int(householdIds.size())));
            auto candidate = households.load(id);
            if (candidate && candidate->status == HouseholdStatus::None && (!wantEligible || eligible(*candidate)))
                household = std::move(candidate).value();
        }
        if (!household)
            continue;
        const bool nearRelative = m_random.bounded(12) == 0;
        QDate day = m_today.addDays(-between(1, 60));
        // Most bring everything; some still owe a proof, which the 一次性告知 lists.
        QStringList documents = CaseWorkflow::documents();
        if (m_random.bounded(4) == 0)
            documents.removeAll(QStringLiteral("income_proof"));
        if (m_random.bounded(5) == 0)
            documents.removeAll(QStringLiteral("property_statement"));
        const auto opened = clerk.open({id, QStringLiteral("dibao_application"), day, false, nearRelative, documents});
        if (!opened)
            return opened.error();
        // How far this application has come: 0 accepted … 5 decided.
        const int stage = std::min(5, int(day.daysTo(m_today) / 8));
        const auto step = [&](CaseRepository& who, const char* action, int days, const QString& note = QString()) {
            day = std::min(day.addDays(days), m_today);
            return who.advance(*opened, QString::fromLatin1(action), day, note);
        };
        if (stage < 1)
            continue;
        if (Status s = step(clerk, "start_investigation", between(1, 2)); !s)
            return s;
        HomeVisit visit;
        visit.date = day = std::min(day.addDays(between(1, 3)), m_today);
        visit.investigators = {QStringLiteral("刘丽"), QStringLiteral("村干部")};
        visit.findings = QStringLiteral("住房为砖木结构，家中无车辆和大额财产，主要劳动力务农收入不稳定。");
        visit.present = QStringLiteral("户主及家人");
        visit.familySigned = true;
        if (Status s = clerk.recordVisit(*opened, visit); !s)
            return s;
        if (nearRelative) {
            visit.byCity = true;
            visit.investigators = {QStringLiteral("市局张强"), QStringLiteral("市局王敏")};
            if (Status s = clerk.recordVisit(*opened, visit); !s)
                return s;
        }
        if (stage < 2)
            continue;
        if (Status s = step(clerk, "publish_notice", between(1, 3)); !s)
            return s;
        if (stage < 3 || day.addDays(7) > m_today)
            continue;
        if (Status s = step(clerk, "submit", 7); !s)
            return s;
        if (stage < 4)
            continue;
        // The decision follows the rules: the determination is saved and approved, or refused.
        const auto result = Evaluator::evaluate(policy->policy, *household, day.toString(QStringLiteral("yyyy-MM")));
        if (!result)
            return result.error();
        if (!eligible(*household)) {
            if (Status s = step(supervisor, "refuse", between(2, 5),
                                QStringLiteral("家庭人均收入高于当地低保标准，不符合低保条件"));
                !s)
                return s;
            continue;
        }
        if (Status s = DeterminationRepository(database, clerkSession).save({id, *household, *result}); !s)
            return s;
        if (Status s = step(supervisor, "approve", between(2, 5)); !s)
            return s;
        if (stage >= 5) {
            if (Status s = step(clerk, "start_payment", 1); !s)
                return s;
        }
    }
    return success();
}

} // namespace Doudi
