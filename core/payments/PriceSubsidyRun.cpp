#include "PriceSubsidyRun.h"

#include "Clock.h"
#include "domain/CompactJsonWriter.h"
#include "domain/SignedOrder.h"
#include "payments/ApprovedAmounts.h"
#include "payments/PaidDetermination.h"
#include "rules/Evaluator.h"
#include "rules/ProgramRules.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/DeterminationRepository.h"
#include "store/HouseholdRepository.h"
#include "store/PolicyRepository.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Doudi {

namespace {
const QString kPriceSubsidy = QStringLiteral("price_subsidy");

// One payment as a run's audit digest covers it: the member and the amount, in the order paid.
QByteArray digestLine(const QString& memberId, qint64 amountFen)
{
    return memberId.toUtf8() + ' ' + QByteArray::number(amountFen) + '\n';
}
} // namespace

Result<PriceSubsidyRun> PriceSubsidyRun::prepare(Database& database, const Session& session, const QString& month)
{
    const QDate firstDay = Evaluator::firstDayOfMonth(month);
    if (month.size() != 7 || !firstDay.isValid())
        return Error::invalid(QStringLiteral("month"), tr("must be a month written YYYY-MM"));
    const auto index = PriceIndices(database, session).find(month);
    if (!index)
        return index.error();
    if (!index->has_value())
        return Error::failed(
            tr("No price index is recorded for %1: record the bureau's published figures first.").arg(month));
    const auto policy = PolicyRepository(database, session).inForce(firstDay);
    if (!policy)
        return policy.error();
    if (!policy->policy.programs.priceSubsidy)
        return Error::failed(tr("The policy in force in %1 (%2) has no price subsidy.").arg(month, policy->policy.id));

    PriceSubsidyRun run;
    run.m_month = month;
    run.m_index = **index;
    run.m_policyId = policy->policy.id;
    run.m_cpiTriggerPermille = policy->policy.programs.priceSubsidy->cpiTriggerPermille;
    run.m_foodCpiTriggerPermille = policy->policy.programs.priceSubsidy->foodCpiTriggerPermille;
    run.m_triggered = ProgramRules::priceSubsidyTriggered(policy->policy.programs, run.m_index.index);
    if (!run.m_triggered)
        return run;

    auto households = HouseholdRepository(database, session).loadAll();
    if (!households)
        return households.error();
    const auto roll = ApprovedAmounts(database, session).inEffect(month);
    if (!roll)
        return roll.error();
    QSet<QString> paid;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT member_id FROM price_subsidy_payments WHERE month = ?"));
    q.addBindValue(month);
    if (!q.exec())
        return Error::failed(tr("Database error: %1").arg(StorageError::describe(q.lastError())));
    while (q.next())
        paid.insert(q.value(0).toString());

    DeterminationRepository determinations(database, session);
    for (const Household& household : std::as_const(*households)) {
        const auto approved = roll->constFind(household.uuid);
        const ApprovedAmount* approvedAmount = approved != roll->cend() ? &*approved : nullptr;
        const bool onRoll = PaidDetermination::onRoll(approvedAmount);
        if (!onRoll && !std::any_of(household.members.cbegin(), household.members.cend(), [](const Member& m) {
                return m.parents.father != ParentState::Present || m.parents.mother != ParentState::Present;
            }))
            continue; // neither on the roll nor a child whose parents cannot bring it up
        const auto paidAs = PaidDetermination::of(determinations, household, approvedAmount, policy->policy.id, month);
        if (!paidAs)
            return paidAs.error();
        const Determination& asPaid = *paidAs;
        const auto entitlements = ProgramRules::entitlements(policy->policy, household, asPaid, month,
                                                             run.m_index.index, ProgramRules::Options{false});
        if (!entitlements)
            return Error::failed(
                tr("The household %1 cannot be worked out: %2").arg(household.uuid, entitlements.error().toString()));
        for (const Entitlement& e : entitlements->items) {
            if (e.program != kPriceSubsidy)
                continue;
            const Member& m = household.members.at(e.member);
            PriceSubsidyLine line;
            line.householdId = household.uuid;
            line.memberId = m.uuid;
            line.member = e.member;
            line.name = m.name;
            line.idNumber = m.idNumber;
            line.villageCode = household.villageCode;
            line.headName = household.head() ? household.head()->name : QString();
            line.bankAccount = household.bankAccount;
            line.category = PaidDetermination::category(asPaid, e.member);
            line.amountFen = e.amountFen;
            line.alreadyPaid = paid.contains(m.uuid);
            run.m_lines.append(line);
        }
    }
    sortAsSigned(run.m_lines);
    return run;
}

QMap<QString, PriceSubsidyRun::CategoryTotal> PriceSubsidyRun::toPayByCategory() const
{
    QMap<QString, CategoryTotal> out;
    for (const PriceSubsidyLine& line : m_lines) {
        if (line.alreadyPaid)
            continue;
        out[line.category].persons += 1;
        out[line.category].fen += line.amountFen;
    }
    return out;
}

PriceSubsidyRun::CategoryTotal PriceSubsidyRun::toPay() const
{
    CategoryTotal total;
    for (const CategoryTotal& c : toPayByCategory()) {
        total.persons += c.persons;
        total.fen += c.fen;
    }
    return total;
}

int PriceSubsidyRun::alreadyPaid() const
{
    return int(
        std::count_if(m_lines.cbegin(), m_lines.cend(), [](const PriceSubsidyLine& l) { return l.alreadyPaid; }));
}

Result<PriceSubsidyRun::Outcome> PriceSubsidyRun::commit(Database& database, const Session& session) const
{
    if (Status s = session.require(Action::ApprovePayment); !s)
        return s.error();
    Outcome outcome;
    if (!m_triggered || toPay().persons == 0)
        return outcome;
    Transaction transaction(database.connection());
    if (Status s = transaction.begin(); !s)
        return s.error();
    outcome.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery q(database.connection());
    q.prepare(
        QStringLiteral("INSERT INTO price_subsidy_payments (id, month, run_id, household_id, member_id, "
                       "category, amount_fen, policy_id, paid_at, paid_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // What the audit trail keeps of the run: its lines, in order, digested.
    QByteArray lines;
    for (const PriceSubsidyLine& line : m_lines) {
        if (line.alreadyPaid)
            continue;
        for (const QVariant& v :
             {QVariant(QUuid::createUuid().toString(QUuid::WithoutBraces)), QVariant(m_month), QVariant(outcome.runId),
              QVariant(line.householdId), QVariant(line.memberId), QVariant(line.category), QVariant(line.amountFen),
              QVariant(m_policyId), QVariant(now), QVariant(session.userName())})
            q.addBindValue(v);
        if (!q.exec()) {
            // The one way a line prepared as unpaid is found paid: another run of the month in between.
            return Error::failed(tr("Cannot record the price subsidy (was it paid meanwhile? prepare it again): %1")
                                     .arg(StorageError::describe(q.lastError())));
        }
        lines += digestLine(line.memberId, line.amountFen);
        outcome.persons += 1;
        outcome.fen += line.amountFen;
    }
    CompactJsonWriter values;
    values.raw("{");
    values.key("month").string(m_month);
    values.key("policy_id").string(m_policyId);
    values.key("cpi_yoy_permille").number(m_index.index.cpiYoyPermille);
    values.key("food_cpi_yoy_permille").number(m_index.index.foodCpiYoyPermille);
    values.key("persons").number(outcome.persons);
    values.key("total_fen").number(outcome.fen);
    values.raw("}");
    AuditLog audit(database);
    if (Status s = audit.appendJson(session.userName(), QStringLiteral("insert"),
                                    QStringLiteral("price_subsidy_payments"), outcome.runId, QByteArray(), values.out,
                                    AuditLog::digest(lines), tr("price subsidy of %1").arg(m_month));
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return outcome;
}

Result<QHash<QString, QString>> PriceSubsidyRun::storedRunDigests(Database& database)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    // Rows in the order they were inserted, which is the order the run digested them.
    if (!q.exec(QStringLiteral("SELECT run_id, member_id, amount_fen FROM price_subsidy_payments ORDER BY rowid")))
        return Error::failed(tr("Database error: %1").arg(StorageError::describe(q.lastError())));
    QHash<QString, QByteArray> lines;
    while (q.next())
        lines[q.value(0).toString()] += digestLine(q.value(1).toString(), q.value(2).toLongLong());
    QHash<QString, QString> digests;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it)
        digests.insert(it.key(), AuditLog::digest(it.value()));
    return digests;
}

void PriceSubsidyRun::sortAsSigned(QList<PriceSubsidyLine>& lines)
{
    SignedOrder::sort(
        lines, [](const PriceSubsidyLine& l) { return SignedOrder::key(l.villageCode, l.headName, l.householdId); });
}

QString PriceSubsidyRun::categoryLabel(const QString& category)
{
    if (category == QLatin1String("dibao"))
        return tr("Dibao");
    if (category == QLatin1String("tekun"))
        return tr("Extreme poverty (特困)");
    if (category == QLatin1String("orphan"))
        return tr("Orphans and children without care");
    return category;
}

} // namespace Doudi
