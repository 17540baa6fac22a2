#include "ApprovedAmounts.h"

#include "Clock.h"
#include "domain/Household.h"
#include "rules/DeterminationJson.h"
#include "rules/Evaluator.h"
#include "rules/Policy.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SiteRepository.h"
#include "store/SqlStatements.h"
#include "store/StorageError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace Doudi {

namespace {

const QString kColumns = QStringLiteral(
    "id, household_id, seq, decision_id, source, coalesce(case_id, ''), coalesce(determination_id, ''), "
    "effective_from, from_month, classification, persons, base_fen, care_fen, increments_fen, total_fen, decided_on, "
    "decided_by, note");

ApprovedAmount read(const QSqlQuery& q)
{
    ApprovedAmount a;
    a.id = q.value(0).toString();
    a.householdId = q.value(1).toString();
    a.seq = q.value(2).toLongLong();
    a.decisionId = q.value(3).toString();
    a.source = q.value(4).toString();
    a.caseId = q.value(5).toString();
    a.determinationId = q.value(6).toString();
    a.effectiveFrom = q.value(7).toString();
    a.fromMonth = q.value(8).toString();
    a.classification = q.value(9).toString();
    a.persons = q.value(10).toInt();
    a.baseFen = q.value(11).toLongLong();
    a.careFen = q.value(12).toLongLong();
    a.incrementsFen = q.value(13).toLongLong();
    a.totalFen = q.value(14).toLongLong();
    a.decidedOn = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    a.decidedBy = q.value(16).toString();
    a.note = q.value(17).toString();
    return a;
}

QString monthAfter(const QString& month, int months)
{
    return Evaluator::firstDayOfMonth(month).addMonths(months).toString(QStringLiteral("yyyy-MM"));
}

bool isMonth(const QString& month)
{
    return month.size() == 7 && Evaluator::firstDayOfMonth(month).isValid();
}

} // namespace

ApprovedAmounts::ApprovedAmounts(Database& database, Session session)
    : m_database(database)
    , m_session(std::move(session))
    , m_audit(std::make_unique<AuditLog>(database))
    , m_statements(std::make_unique<SqlStatements>(database.connection()))
{}

ApprovedAmounts::~ApprovedAmounts() = default;

QList<ApprovedAmount> ApprovedAmounts::stepsFor(const Policy& policy, const Household& household,
                                                const Determination& d, const QString& effectiveFrom)
{
    ApprovedAmount step;
    step.fromMonth = effectiveFrom;
    switch (d.classification) {
    case Classification::DibaoGradualExit: {
        const QString start = d.gradualExit ? d.gradualExit->start : effectiveFrom;
        return gradualExitSteps(policy, household, household.monthlyBenefitFen, start, effectiveFrom);
    }
    case Classification::Tekun:
    case Classification::Dibao:
        step.persons = d.classification == Classification::Tekun ? 1 : d.householdSize;
        break;
    case Classification::DibaoSinglePerson:
        step.persons = int(std::count_if(d.members.cbegin(), d.members.cend(),
                                         [](const MemberBenefit& m) { return m.singlePersonFen > 0; }));
        break;
    default:
        return {nothingFrom(effectiveFrom)};
    }
    if (d.totalFen <= 0)
        return {nothingFrom(effectiveFrom)};
    step.classification = DeterminationJson::classificationCode(d.classification);
    step.baseFen = d.baseFen;
    step.careFen = d.careFen;
    step.incrementsFen = d.incrementsFen;
    step.totalFen = d.totalFen;
    return {step};
}

QList<ApprovedAmount> ApprovedAmounts::gradualExitSteps(const Policy& policy, const Household& household,
                                                        qint64 lastFullFen, const QString& start,
                                                        const QString& effectiveFrom)
{
    const bool disabled = std::any_of(household.members.cbegin(), household.members.cend(),
                                      [](const Member& m) { return !m.disability.isNone(); });
    const int period = disabled ? policy.gradualExit.monthsDisabled : policy.gradualExit.months;
    QList<ApprovedAmount> steps;
    for (const GradualExitStep& rate : policy.gradualExit.schedule) {
        if (rate.fromMonth > period)
            continue;
        ApprovedAmount step;
        step.fromMonth = std::max(monthAfter(start, rate.fromMonth - 1), effectiveFrom);
        step.classification = QStringLiteral("dibao_gradual_exit");
        step.persons = int(household.members.size());
        step.baseFen = Evaluator::ceilYuan(lastFullFen * rate.pct, 100);
        step.totalFen = step.baseFen;
        // A rate begun before the decision gives way to the next one begun by then.
        if (!steps.isEmpty() && steps.last().fromMonth == step.fromMonth)
            steps.removeLast();
        steps.append(step);
    }
    const QString end = std::max(monthAfter(start, period), effectiveFrom);
    steps.removeIf([&end](const ApprovedAmount& s) { return s.fromMonth >= end; });
    steps.append(nothingFrom(end));
    return steps;
}

QList<ApprovedAmount> ApprovedAmounts::recordedSteps(const Policy* policy, const Household& household,
                                                     const QString& fromMonth)
{
    if (household.status == HouseholdStatus::GradualExit && policy && !household.exitStarted.isEmpty())
        return gradualExitSteps(*policy, household, household.monthlyBenefitFen, household.exitStarted, fromMonth);
    if (household.status != HouseholdStatus::None && household.monthlyBenefitFen > 0) {
        ApprovedAmount step;
        step.fromMonth = fromMonth;
        step.classification = household.status == HouseholdStatus::Tekun         ? QStringLiteral("tekun")
                              : household.status == HouseholdStatus::GradualExit ? QStringLiteral("dibao_gradual_exit")
                                                                                 : QStringLiteral("dibao");
        step.persons = household.status == HouseholdStatus::Tekun ? 1 : int(household.members.size());
        step.baseFen = household.monthlyBenefitFen;
        step.totalFen = step.baseFen;
        return {step};
    }
    if (household.status == HouseholdStatus::Tekun && policy) {
        const auto d = Evaluator::evaluate(*policy, household, fromMonth);
        if (d && d->classification == Classification::Tekun)
            return stepsFor(*policy, household, *d, fromMonth);
    }
    return {};
}

ApprovedAmount ApprovedAmounts::nothingFrom(const QString& month)
{
    ApprovedAmount step;
    step.fromMonth = month;
    step.classification = QStringLiteral("none");
    return step;
}

Result<QString> ApprovedAmounts::recordWithin(const Decision& decision)
{
    if (!isMonth(decision.effectiveFrom))
        return Error::invalid(QStringLiteral("effective_from"), tr("must be a month written YYYY-MM"));
    if (decision.steps.isEmpty())
        return Error::invalid(QStringLiteral("steps"), tr("a decision fixes at least one monthly amount"));
    QSqlQuery& next = m_statements->get(QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM approved_amounts"));
    if (!next.exec() || !next.next())
        return Error::failed(tr("Cannot record the approved amount: %1").arg(StorageError::describe(next.lastError())));
    const qint64 seq = next.value(0).toLongLong();
    next.finish();
    const QString decisionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString at = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString origin = SiteRepository::originCode(m_database);
    QSqlQuery& insert = m_statements->get(QStringLiteral(
        "INSERT INTO approved_amounts (id, household_id, seq, decision_id, source, case_id, determination_id, "
        "effective_from, from_month, classification, persons, base_fen, care_fen, increments_fen, total_fen, "
        "decided_on, decided_by, note, created_at, created_by, origin_site) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QJsonArray steps;
    for (const ApprovedAmount& s : decision.steps) {
        if (!isMonth(s.fromMonth) || s.fromMonth < decision.effectiveFrom)
            return Error::invalid(QStringLiteral("steps.from_month"),
                                  tr("each step starts in a month written YYYY-MM, not before the decision's"));
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (const QVariant& v :
             {QVariant(id),
              QVariant(decision.householdId),
              QVariant(seq),
              QVariant(decisionId),
              QVariant(decision.source),
              decision.caseId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(decision.caseId),
              decision.determinationId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                 : QVariant(decision.determinationId),
              QVariant(decision.effectiveFrom),
              QVariant(s.fromMonth),
              QVariant(s.classification),
              QVariant(s.persons),
              QVariant(s.baseFen),
              QVariant(s.careFen),
              QVariant(s.incrementsFen),
              QVariant(s.baseFen + s.careFen + s.incrementsFen),
              QVariant(decision.decidedOn.toString(Qt::ISODate)),
              QVariant(m_session.userName()),
              QVariant(decision.note.isNull() ? QStringLiteral("") : decision.note.trimmed()),
              QVariant(at),
              QVariant(m_session.userName()),
              QVariant(origin)})
            insert.addBindValue(v);
        if (!insert.exec())
            return Error::failed(
                tr("Cannot record the approved amount: %1").arg(StorageError::describe(insert.lastError())));
        steps.append(QJsonObject{{QStringLiteral("from_month"), s.fromMonth},
                                 {QStringLiteral("classification"), s.classification},
                                 {QStringLiteral("persons"), s.persons},
                                 {QStringLiteral("total_fen"), s.baseFen + s.careFen + s.incrementsFen}});
    }
    const QJsonObject values{{QStringLiteral("household_id"), decision.householdId},
                             {QStringLiteral("source"), decision.source},
                             {QStringLiteral("case_id"), decision.caseId},
                             {QStringLiteral("effective_from"), decision.effectiveFrom},
                             {QStringLiteral("steps"), steps}};
    if (Status s = m_audit->append(m_session.userName(), QStringLiteral("insert"), QStringLiteral("approved_amounts"),
                                   decisionId, {}, values, QString(), decision.note);
        !s)
        return s.error();
    return decisionId;
}

Result<QList<ApprovedAmount>> ApprovedAmounts::select(const QString& where, const QVariantList& binds)
{
    QSqlQuery& q =
        m_statements->get(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM approved_amounts a ") + where);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(tr("Cannot read the approved amounts: %1").arg(StorageError::describe(q.lastError())));
    QList<ApprovedAmount> out;
    while (q.next())
        out.append(read(q));
    q.finish();
    return out;
}

Result<QHash<QString, ApprovedAmount>> ApprovedAmounts::inEffect(const QString& month)
{
    if (Status s = m_session.require(Action::ViewHouseholds); !s)
        return s.error();
    if (!isMonth(month))
        return Error::invalid(QStringLiteral("month"), tr("must be a month written YYYY-MM"));
    // The latest decision in force by the month, and of its steps those begun by then; the last
    // begun wins below.
    const auto rows = select(
        QStringLiteral("JOIN (SELECT household_id AS h, max(seq) AS s FROM approved_amounts WHERE effective_from <= ? "
                       "GROUP BY household_id) d ON a.household_id = d.h AND a.seq = d.s "
                       "WHERE a.from_month <= ? ORDER BY a.from_month"),
        {month, month});
    if (!rows)
        return rows.error();
    QHash<QString, ApprovedAmount> out;
    out.reserve(rows->size());
    for (const ApprovedAmount& a : *rows)
        out.insert(a.householdId, a);
    return out;
}

Result<std::optional<ApprovedAmount>> ApprovedAmounts::inEffect(const QString& householdId, const QString& month)
{
    if (Status s = m_session.require(Action::ViewHouseholds); !s)
        return s.error();
    if (!isMonth(month))
        return Error::invalid(QStringLiteral("month"), tr("must be a month written YYYY-MM"));
    const auto rows = select(QStringLiteral("WHERE a.household_id = ? AND a.seq = (SELECT max(seq) FROM "
                                            "approved_amounts WHERE household_id = ? AND effective_from <= ?) "
                                            "AND a.from_month <= ? ORDER BY a.from_month DESC LIMIT 1"),
                             {householdId, householdId, month, month});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<ApprovedAmount>();
    return std::optional<ApprovedAmount>(rows->first());
}

Result<QList<ApprovedAmount>> ApprovedAmounts::history(const QString& householdId)
{
    if (Status s = m_session.require(Action::ViewHouseholds); !s)
        return s.error();
    return select(QStringLiteral("WHERE a.household_id = ? ORDER BY a.seq, a.from_month"), {householdId});
}

} // namespace Doudi
