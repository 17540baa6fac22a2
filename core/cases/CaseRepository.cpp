#include "CaseRepository.h"

#include "Clock.h"
#include "cases/CaseWorkflow.h"
#include "domain/DateText.h"
#include "domain/SafeQuote.h"
#include "domain/TextLimits.h"
#include "payments/ApprovedAmounts.h"
#include "rules/Evaluator.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/DeterminationRepository.h"
#include "store/HouseholdRepository.h"
#include "store/PolicyRepository.h"
#include "store/RecordDigest.h"
#include "store/SiteRepository.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace Doudi {

namespace {
QString now()
{
    return Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Which right a step needs: decisions are the supervisor's, visits the cadre's too.
Action requiredFor(const QString& action)
{
    if (action == QLatin1String("approve") || action == QLatin1String("refuse") ||
        action == QLatin1String("terminate") || action == QLatin1String("begin_gradual_exit") ||
        action == QLatin1String("continue"))
        return Action::ApproveDecision;
    if (CaseWorkflow::isRecordingOnly(action))
        return Action::RecordVisit;
    return Action::PrepareDecision;
}
// Every code must be a known material; duplicates are dropped, the order is the checklist's.
Result<QString> documentsJson(const QStringList& documents)
{
    QJsonArray out;
    for (const QString& code : CaseWorkflow::documents()) {
        if (documents.contains(code))
            out.append(code);
    }
    for (const QString& code : documents) {
        if (!CaseWorkflow::documents().contains(code))
            return Error::invalid(QStringLiteral("documents"),
                                  CaseRepository::tr("unknown material “%1”; known: %2")
                                      .arg(SafeQuote::of(code), CaseWorkflow::documents().join(QStringLiteral(", "))));
    }
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}
} // namespace

CaseRepository::CaseRepository(Database& database, Session session)
    : m_database(database)
    , m_session(std::move(session))
    , m_audit(std::make_unique<AuditLog>(database))
{}

CaseRepository::~CaseRepository() = default;

Result<QString> CaseRepository::open(const Opening& o)
{
    if (Status s = m_session.require(Action::EditHousehold); !s)
        return s.error();
    if (!CaseWorkflow::types().contains(o.type))
        return Error::invalid(QStringLiteral("type"),
                              tr("must be one of %1").arg(CaseWorkflow::types().join(QStringLiteral(", "))));
    if (!o.date.isValid())
        return Error::invalid(QStringLiteral("date"), tr("must be a date written YYYY-MM-DD"));
    const auto documents = documentsJson(o.documents);
    if (!documents)
        return documents.error();
    // The household must exist and be the session's to see.
    if (const auto household = HouseholdRepository(m_database, m_session).load(o.householdId); !household)
        return household.error();
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s.error();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString at = now();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO cases (id, household_id, type, state, opened_on, delegated, near_relative, "
                             "documents, created_at, created_by, updated_at, updated_by, origin_site) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(id), QVariant(o.householdId), QVariant(o.type), QVariant(CaseWorkflow::initialState()),
          QVariant(o.date.toString(Qt::ISODate)), QVariant(int(o.delegated)), QVariant(int(o.nearRelative)),
          QVariant(*documents), QVariant(at), QVariant(m_session.userName()), QVariant(at),
          QVariant(m_session.userName()), QVariant(SiteRepository::originCode(m_database))})
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(tr("Cannot open the case: %1").arg(StorageError::describe(q.lastError())));
    const QJsonObject values{{QStringLiteral("household_id"), o.householdId},
                             {QStringLiteral("type"), o.type},
                             {QStringLiteral("state"), CaseWorkflow::initialState()},
                             {QStringLiteral("opened_on"), o.date.toString(Qt::ISODate)},
                             {QStringLiteral("documents"), QJsonDocument::fromJson(documents->toUtf8()).array()}};
    const auto digest = RecordDigest::ofCase(m_database, id);
    if (!digest)
        return digest.error();
    if (Status s = m_audit->append(m_session.userName(), QStringLiteral("insert"), QStringLiteral("cases"), id, {},
                                   values, *digest);
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return id;
}

Status CaseRepository::advance(const QString& caseId, const QString& action, const QDate& date, const QString& note)
{
    if (!CaseWorkflow::actions().contains(action))
        return Error::invalid(QStringLiteral("action"),
                              tr("must be one of %1").arg(CaseWorkflow::actions().join(QStringLiteral(", "))));
    if (!date.isValid())
        return Error::invalid(QStringLiteral("date"), tr("must be a date written YYYY-MM-DD"));
    if (Status s = m_session.require(requiredFor(action)); !s)
        return s;
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    const auto found = find(caseId);
    if (!found)
        return found.error();
    const CaseRecord& c = *found;
    const auto next = CaseWorkflow::next(c.type, c.state, action);
    if (!next)
        return Error::failed(tr("A %1 that is “%2” cannot %3.")
                                 .arg(CaseWorkflow::typeLabel(c.type), CaseWorkflow::stateLabel(c.state),
                                      CaseWorkflow::actionLabel(action)));
    const QDate previous = c.steps.isEmpty() ? c.openedOn : c.steps.last().onDate;
    if (date < previous)
        return Error::invalid(
            QStringLiteral("date"),
            tr("%1 is before the step before it (%2)").arg(date.toString(Qt::ISODate), previous.toString(Qt::ISODate)));
    if (requiredFor(action) == Action::ApproveDecision) {
        // Separation of duties: who submitted the case does not decide it.
        for (const CaseStep& step : c.steps) {
            if (step.action == QLatin1String("submit")) {
                if (Status s = m_session.requireNotPreparer(step.userName); !s)
                    return s;
            }
        }
        const bool cityVisited = std::any_of(c.steps.cbegin(), c.steps.cend(), [](const CaseStep& s) {
            return s.action == QLatin1String("record_city_visit");
        });
        if (action == QLatin1String("approve") && c.nearRelative && !cityVisited)
            return Error::failed(tr("A near relative of a case worker or village official is involved: the city's "
                                    "home visit must be recorded before approval."));
    }
    // An approval of an application pays the amount of the household's saved determination from the
    // month after; a refusal gives its reason in writing.
    qint64 amount = -1;
    QString paymentFrom;
    std::optional<Classification> decided;    // what the determination behind the decision classified
    std::optional<StoredDetermination> basis; // the determination itself
    const bool application = c.type == QLatin1String("dibao_application") ||
                             c.type == QLatin1String("tekun_application") ||
                             c.type == QLatin1String("temporary_assistance");
    if (action == QLatin1String("approve") && application) {
        const auto latest = DeterminationRepository(m_database, m_session).latest(c.householdId);
        if (!latest)
            return latest.error();
        if (!latest->has_value())
            return Error::failed(tr("Save the household's determination (the 评估 tab) before approving: the amount "
                                    "comes from it."));
        amount = (*latest)->result.totalFen;
        paymentFrom = date.addMonths(1).toString(QStringLiteral("yyyy-MM"));
        decided = (*latest)->result.classification;
        basis = **latest;
    }
    // A review decides on a fresh assessment: continuing or a gradual exit takes its amount from a
    // determination saved since the review opened; ending the help says why.
    if (c.type == QLatin1String("periodic_review") &&
        (action == QLatin1String("approve") || action == QLatin1String("begin_gradual_exit"))) {
        const auto latest = DeterminationRepository(m_database, m_session).latest(c.householdId);
        if (!latest)
            return latest.error();
        if (!latest->has_value() || (*latest)->createdAt.toLocalTime().date() < c.openedOn)
            return Error::failed(tr("Save the household's determination (the 评估 tab) during the review before "
                                    "deciding it: the amount comes from it."));
        amount = (*latest)->result.totalFen;
        paymentFrom = date.addMonths(1).toString(QStringLiteral("yyyy-MM"));
        decided = (*latest)->result.classification;
        basis = **latest;
    }
    // A change (a birth, a death, a move, new income) decides on a determination saved since it opened.
    if (c.type == QLatin1String("change") && action == QLatin1String("approve")) {
        const auto latest = DeterminationRepository(m_database, m_session).latest(c.householdId);
        if (!latest)
            return latest.error();
        if (latest->has_value() && (*latest)->createdAt.toLocalTime().date() >= c.openedOn)
            basis = **latest;
    }
    if (const auto tooLong = TextLimits::check(QStringLiteral("note"), note, TextLimits::kLongText))
        return Error(Error::Kind::InvalidInput, QList<Problem>{*tooLong});
    if (action == QLatin1String("democratic_review") && note.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("note"),
                              tr("a democratic review records who took part (民主评议 participants) and its outcome"));
    if (action == QLatin1String("terminate") && note.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("note"), tr("ending the help needs its reason, for the written notice"));
    if (action == QLatin1String("refuse") && note.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("note"), tr("a refusal needs its reason, for the written notice"));
    const QString at = now();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO case_steps (id, case_id, seq, action, from_state, to_state, on_date, note, "
                             "created_at, created_by, updated_at, updated_by, origin_site) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(QUuid::createUuid().toString(QUuid::WithoutBraces)), QVariant(caseId),
                              QVariant(int(c.steps.size()) + 1), QVariant(action), QVariant(c.state), QVariant(*next),
                              QVariant(date.toString(Qt::ISODate)), QVariant(note.isNull() ? QStringLiteral("") : note),
                              QVariant(at), QVariant(m_session.userName()), QVariant(at),
                              QVariant(m_session.userName()), QVariant(SiteRepository::originCode(m_database))})
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(tr("Cannot record the step: %1").arg(StorageError::describe(q.lastError())));
    q.prepare(QStringLiteral("UPDATE cases SET state = ?, amount_fen = coalesce(?, amount_fen), "
                             "payment_from = coalesce(?, payment_from), decision_reason = ?, updated_at = ?, "
                             "updated_by = ?, version = version + 1 WHERE id = ?"));
    q.addBindValue(*next);
    q.addBindValue(amount >= 0 ? QVariant(amount) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(paymentFrom.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(paymentFrom));
    q.addBindValue(action == QLatin1String("refuse") || action == QLatin1String("terminate") ? note.trimmed()
                                                                                             : c.decisionReason);
    q.addBindValue(at);
    q.addBindValue(m_session.userName());
    q.addBindValue(caseId);
    if (!q.exec())
        return Error::failed(tr("Cannot record the step: %1").arg(StorageError::describe(q.lastError())));
    const auto digest = RecordDigest::ofCase(m_database, caseId);
    if (!digest)
        return digest.error();
    if (Status s = m_audit->append(m_session.userName(), QStringLiteral("update"), QStringLiteral("cases"), caseId,
                                   QJsonObject{{QStringLiteral("state"), c.state}},
                                   QJsonObject{{QStringLiteral("state"), *next},
                                               {QStringLiteral("action"), action},
                                               {QStringLiteral("on"), date.toString(Qt::ISODate)},
                                               {QStringLiteral("amount_fen"), amount},
                                               {QStringLiteral("payment_from"), paymentFrom}},
                                   *digest, note);
        !s)
        return s;
    if (Status s = recordApprovedAmount(c, action, date, basis, note); !s)
        return s;
    if (Status s = recordAssistance(c, action, decided, amount, paymentFrom); !s)
        return s;
    return transaction.commit();
}

Status CaseRepository::recordApprovedAmount(const CaseRecord& c, const QString& action, const QDate& date,
                                            const std::optional<StoredDetermination>& basis, const QString& note)
{
    const bool ends = action == QLatin1String("terminate") ||
                      (c.type == QLatin1String("termination") && action == QLatin1String("approve"));
    const bool exits = action == QLatin1String("begin_gradual_exit");
    const bool decides = action == QLatin1String("approve") && basis && c.type != QLatin1String("temporary_assistance");
    if (!ends && !exits && !decides)
        return success();
    ApprovedAmounts amounts(m_database, m_session);
    ApprovedAmounts::Decision decision;
    decision.householdId = c.householdId;
    decision.caseId = c.id;
    decision.effectiveFrom = date.addMonths(1).toString(QStringLiteral("yyyy-MM"));
    decision.decidedOn = date;
    decision.note = note;
    if (ends) {
        decision.steps = {ApprovedAmounts::nothingFrom(decision.effectiveFrom)};
    } else {
        const auto policy =
            PolicyRepository(m_database, m_session).inForce(Evaluator::firstDayOfMonth(decision.effectiveFrom));
        if (!policy)
            return policy.error();
        if (decides) {
            decision.determinationId = basis->id;
            decision.steps =
                ApprovedAmounts::stepsFor(policy->policy, basis->input, basis->result, decision.effectiveFrom);
        } else {
            const auto household = HouseholdRepository(m_database, m_session).load(c.householdId);
            if (!household)
                return household.error();
            // The schedule's rates apply to the last full monthly amount: the household's record, or
            // what it is approved now.
            qint64 lastFull = household->monthlyBenefitFen;
            if (lastFull <= 0) {
                const auto now = amounts.inEffect(c.householdId, date.toString(QStringLiteral("yyyy-MM")));
                if (!now)
                    return now.error();
                lastFull = now->has_value() ? (*now)->totalFen : 0;
            }
            decision.steps = ApprovedAmounts::gradualExitSteps(policy->policy, *household, lastFull,
                                                               decision.effectiveFrom, decision.effectiveFrom);
        }
    }
    if (const auto id = amounts.recordWithin(decision); !id)
        return id.error();
    return success();
}

// What a decision means for the household's recorded assistance (spec/rules.md `current`), written
// with the decision: an approved 低保 or 特困 household receives it, a gradual exit starts the month
// payment changes, ended help (a review's termination, an approved termination case) is none. A single person's
// coverage (单人户) leaves the household's own status as it was: the person is covered, not the household.
Status CaseRepository::recordAssistance(const CaseRecord& c, const QString& action,
                                        const std::optional<Classification>& decided, qint64 amount,
                                        const QString& paymentFrom)
{
    const bool decidesHelp = c.type == QLatin1String("dibao_application") ||
                             c.type == QLatin1String("tekun_application") ||
                             c.type == QLatin1String("periodic_review") || c.type == QLatin1String("termination");
    if (!decidesHelp)
        return success();
    HouseholdRepository households(m_database, m_session);
    auto household = households.load(c.householdId);
    if (!household)
        return household.error();
    Household& h = *household;
    const Household before = h;
    const bool ends = action == QLatin1String("terminate") ||
                      (c.type == QLatin1String("termination") && action == QLatin1String("approve"));
    if (ends) {
        h.status = HouseholdStatus::None;
        h.monthlyBenefitFen = 0;
        h.exitStarted.clear();
    } else if (action == QLatin1String("approve") && decided) {
        if (*decided == Classification::Tekun) {
            h.status = HouseholdStatus::Tekun;
            h.exitStarted.clear();
        } else if (*decided == Classification::Dibao) {
            h.status = HouseholdStatus::Dibao;
            h.monthlyBenefitFen = amount;
            h.exitStarted.clear();
        } else if (*decided == Classification::DibaoGradualExit) {
            h.status = HouseholdStatus::GradualExit;
        }
    } else if (action == QLatin1String("begin_gradual_exit")) {
        h.status = HouseholdStatus::GradualExit;
        h.exitStarted = paymentFrom;
    }
    if (h == before)
        return success();
    return households.saveWithin(h);
}

Status CaseRepository::setDocuments(const QString& caseId, const QStringList& documents)
{
    if (Status s = m_session.require(Action::PrepareDecision); !s)
        return s;
    const auto json = documentsJson(documents);
    if (!json)
        return json.error();
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    const auto found = find(caseId);
    if (!found)
        return found.error();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE cases SET documents = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                             "WHERE id = ?"));
    q.addBindValue(*json);
    q.addBindValue(now());
    q.addBindValue(m_session.userName());
    q.addBindValue(caseId);
    if (!q.exec())
        return Error::failed(tr("Cannot record the materials: %1").arg(StorageError::describe(q.lastError())));
    const auto digest = RecordDigest::ofCase(m_database, caseId);
    if (!digest)
        return digest.error();
    if (Status s = m_audit->append(
            m_session.userName(), QStringLiteral("update"), QStringLiteral("cases"), caseId,
            QJsonObject{{QStringLiteral("documents"), QJsonArray::fromStringList(found->documents)}},
            QJsonObject{{QStringLiteral("documents"), QJsonDocument::fromJson(json->toUtf8()).array()}}, *digest);
        !s)
        return s;
    return transaction.commit();
}

Status CaseRepository::recordVisit(const QString& caseId, const HomeVisit& visit)
{
    QList<Problem> problems;
    QStringList investigators;
    for (const QString& name : visit.investigators) {
        if (!name.trimmed().isEmpty())
            investigators.append(name.trimmed());
    }
    if (investigators.size() < 2)
        problems.append({QStringLiteral("investigators"), tr("a home visit needs at least two investigators")});
    if (visit.findings.trimmed().isEmpty())
        problems.append({QStringLiteral("findings"), tr("write what the visit found")});
    if (const auto tooLong = TextLimits::check(QStringLiteral("findings"), visit.findings, TextLimits::kLongText))
        problems.append(*tooLong);
    if (!visit.familySigned)
        problems.append({QStringLiteral("family_signed"), tr("the family signs the visit record")});
    if (!problems.isEmpty())
        return Error(Error::Kind::InvalidInput, problems);
    const QJsonObject record{{QStringLiteral("investigators"), QJsonArray::fromStringList(investigators)},
                             {QStringLiteral("findings"), visit.findings.trimmed()},
                             {QStringLiteral("present"), visit.present.trimmed()},
                             {QStringLiteral("family_signed"), true}};
    return advance(caseId, visit.byCity ? QStringLiteral("record_city_visit") : QStringLiteral("record_visit"),
                   visit.date, QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
}

Result<QList<CaseRecord>> CaseRepository::select(const QString& where, const QVariantList& binds)
{
    const auto cal = calendar();
    if (!cal)
        return cal.error();
    // Forward only: Qt would otherwise keep a copy of every row read for stepping back.
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    const QString from =
        QStringLiteral(" FROM cases c JOIN households h ON h.id = c.household_id WHERE c.deleted = 0") + where;
    q.prepare(QStringLiteral("SELECT c.id, c.household_id, c.type, c.state, c.opened_on, c.delegated, "
                             "c.near_relative, c.extension_reason, h.village_code, c.amount_fen, c.payment_from, "
                             "c.decision_reason, c.documents") +
              from + QStringLiteral(" ORDER BY c.opened_on, c.rowid"));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(tr("Cannot read the cases: %1").arg(StorageError::describe(q.lastError())));
    QList<CaseRecord> out;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        if (!m_session.maySeeVillage(q.value(8).toString()))
            continue;
        CaseRecord c;
        c.id = q.value(0).toString();
        c.householdId = q.value(1).toString();
        c.villageCode = q.value(8).toString();
        c.type = q.value(2).toString();
        c.state = q.value(3).toString();
        c.openedOn = DateText::fromIso(q.value(4).toString());
        c.delegated = q.value(5).toBool();
        c.nearRelative = q.value(6).toBool();
        c.extensionReason = q.value(7).toString();
        c.amountFen = q.value(9).isNull() ? -1 : q.value(9).toLongLong();
        c.paymentFrom = q.value(10).toString();
        c.decisionReason = q.value(11).toString();
        if (const QByteArray documents = q.value(12).toByteArray(); documents.size() > 2) { // not "[]"
            for (const QJsonValue& v : QJsonDocument::fromJson(documents).array())
                c.documents.append(v.toString());
        }
        index.insert(c.id, out.size());
        out.append(std::move(c));
    }
    // The steps of the cases read: all of them for the whole list, else only theirs (one case
    // opened at the desk must not read the steps of 60,000).
    QSqlQuery steps(m_database.connection());
    steps.setForwardOnly(true);
    steps.prepare(
        QStringLiteral("SELECT case_id, seq, action, from_state, to_state, on_date, note, created_by "
                       "FROM case_steps WHERE deleted = 0") +
        (where.isEmpty() ? QString() : QStringLiteral(" AND case_id IN (SELECT c.id") + from + QLatin1Char(')')) +
        QStringLiteral(" ORDER BY case_id, seq"));
    if (!where.isEmpty()) {
        for (const QVariant& v : binds)
            steps.addBindValue(v);
    }
    if (!steps.exec())
        return Error::failed(tr("Cannot read the cases: %1").arg(StorageError::describe(steps.lastError())));
    while (steps.next()) {
        const auto at = index.constFind(steps.value(0).toString());
        if (at == index.cend())
            continue;
        out[*at].steps.append({steps.value(1).toInt(), steps.value(2).toString(), steps.value(3).toString(),
                               steps.value(4).toString(), DateText::fromIso(steps.value(5).toString()),
                               steps.value(6).toString(), steps.value(7).toString()});
    }
    for (CaseRecord& c : out)
        c.deadlines = deadlines(c, *cal);
    return out;
}

Result<CaseRecord> CaseRepository::find(const QString& caseId)
{
    if (Status s = m_session.require(Action::ViewHouseholds); !s)
        return s.error();
    auto found = select(QStringLiteral(" AND c.id = ?"), {caseId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::failed(tr("There is no case %1.").arg(caseId));
    return found->first();
}

Result<QList<CaseRecord>> CaseRepository::list(const QString& state, bool overdueOnly, const QDate& today)
{
    if (Status s = m_session.require(Action::ViewHouseholds); !s)
        return s.error();
    auto all = state.isEmpty() ? select(QString(), {}) : select(QStringLiteral(" AND c.state = ?"), {state});
    if (!all || !overdueOnly)
        return all;
    all->removeIf([&today](const CaseRecord& c) { return !c.overdueOn(today); });
    return all;
}

Result<std::optional<GradualExitPlan>> CaseRepository::gradualExit(const CaseRecord& record)
{
    if (record.state != QLatin1String("gradual_exit") || record.paymentFrom.isEmpty())
        return std::optional<GradualExitPlan>();
    const auto household = HouseholdRepository(m_database, m_session).load(record.householdId);
    if (!household)
        return household.error();
    const QDate start = QDate::fromString(record.paymentFrom + QStringLiteral("-01"), Qt::ISODate);
    const auto policy = PolicyRepository(m_database, m_session).inForce(start);
    if (!policy)
        return policy.error();
    const bool disabled = std::any_of(household->members.cbegin(), household->members.cend(),
                                      [](const Member& m) { return !m.disability.isNone(); });
    GradualExitPlan plan;
    plan.start = record.paymentFrom;
    plan.months = disabled ? policy->policy.gradualExit.monthsDisabled : policy->policy.gradualExit.months;
    plan.end = start.addMonths(plan.months - 1).toString(QStringLiteral("yyyy-MM"));
    return std::optional<GradualExitPlan>(plan);
}

Result<QList<CaseRecord>> CaseRepository::forHousehold(const QString& householdId)
{
    if (Status s = m_session.require(Action::ViewHouseholds); !s)
        return s.error();
    return select(QStringLiteral(" AND c.household_id = ?"), {householdId});
}

Result<QList<ReviewDue>> CaseRepository::reviewsDue(const QList<CaseRecord>& cases, const QDate& until)
{
    if (std::none_of(cases.cbegin(), cases.cend(),
                     [](const CaseRecord& c) { return c.state == QLatin1String("active"); }))
        return QList<ReviewDue>();
    // The schedule depends on the members' ages and the kinds of income: only those are read, of
    // the households being paid.
    auto paying = HouseholdRepository(m_database, m_session).loadForReviews();
    if (!paying)
        return paying.error();
    // A member's death, as data matching reported it.
    QHash<QString, QDate> deaths;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT household_id, max(signal_date) FROM signals WHERE kind = 'death' AND "
                               "household_id IS NOT NULL GROUP BY household_id")))
        return Error::failed(tr("Cannot read the monitoring signals: %1").arg(StorageError::describe(q.lastError())));
    while (q.next())
        deaths.insert(q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate));
    return ReviewPlanner::due(cases, *paying, until, deaths);
}

QList<CaseDeadline> CaseRepository::deadlines(const CaseRecord& c, const WorkCalendar& calendar)
{
    const auto stepOn = [&c](const char* action) -> QDate {
        for (const CaseStep& s : c.steps) {
            if (s.action == QLatin1String(action))
                return s.onDate;
        }
        return {};
    };
    QList<CaseDeadline> out;
    // A limit counted through a year without a calendar is an estimate, and says so.
    const auto working = [&calendar](const QString& step, const QDate& from, int days, bool met) {
        const QDate due = calendar.addWorkingDays(from, days);
        return CaseDeadline{step, due, met, calendar.isEstimated(from, due)};
    };
    // The investigation starts within 3 working days of acceptance.
    const QDate investigation = stepOn("start_investigation");
    out.append(working(QStringLiteral("start_investigation"), c.openedOn, 3,
                       investigation.isValid() || stepOn("submit").isValid()));
    // The public notice lasts 7 calendar days.
    if (const QDate notice = stepOn("publish_notice"); notice.isValid())
        out.append({QStringLiteral("notice_end"), notice.addDays(7), stepOn("submit").isValid()});
    // The decision within 10 working days of submission (15 for 特困).
    if (const QDate submitted = stepOn("submit"); submitted.isValid()) {
        const int days = c.type == QLatin1String("tekun_application") ? 15 : 10;
        const bool decided = c.state != QLatin1String("submitted");
        out.append(working(QStringLiteral("decision"), submitted, days, decided));
    }
    // The whole process: 30 working days, 20 when delegated, 45 with a recorded extension.
    const int overall = !c.extensionReason.isEmpty() ? 45 : c.delegated ? 20 : 30;
    const bool finished = c.state == QLatin1String("approved") || c.state == QLatin1String("refused") ||
                          c.state == QLatin1String("active") || CaseWorkflow::isFinal(c.state);
    out.append(working(QStringLiteral("overall"), c.openedOn, overall, finished));
    return out;
}

Status CaseRepository::importCalendar(const WorkCalendar::Year& year, const QString& source)
{
    if (Status s = m_session.require(Action::ChangeSettings); !s)
        return s;
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    // A year's notice replaces the year's earlier one.
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM calendar_days WHERE year = ?"));
    q.addBindValue(year.year);
    if (!q.exec())
        return Error::failed(tr("Cannot store the calendar: %1").arg(StorageError::describe(q.lastError())));
    q.prepare(QStringLiteral("INSERT INTO calendar_days (day, kind, year) VALUES (?, ?, ?)"));
    const auto insert = [&](const QDate& day, const char* kind) {
        q.addBindValue(day.toString(Qt::ISODate));
        q.addBindValue(QString::fromLatin1(kind));
        q.addBindValue(year.year);
        return q.exec();
    };
    for (const QDate& d : year.holidays) {
        if (!insert(d, "holiday"))
            return Error::failed(tr("Cannot store the calendar: %1").arg(StorageError::describe(q.lastError())));
    }
    for (const QDate& d : year.workdays) {
        if (!insert(d, "workday"))
            return Error::failed(tr("Cannot store the calendar: %1").arg(StorageError::describe(q.lastError())));
    }
    if (Status s = recordCalendarSource(m_database, year.year, source, m_session.userName()); !s)
        return s;
    if (Status s = m_audit->append(m_session.userName(), QStringLiteral("update"), QStringLiteral("calendar"),
                                   QString::number(year.year), {},
                                   QJsonObject{{QStringLiteral("holidays"), int(year.holidays.size())},
                                               {QStringLiteral("workdays"), int(year.workdays.size())}},
                                   QString());
        !s)
        return s;
    return transaction.commit();
}

Result<WorkCalendar> CaseRepository::calendar() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT day, kind, year FROM calendar_days")))
        return Error::failed(tr("Cannot read the calendar: %1").arg(StorageError::describe(q.lastError())));
    QHash<int, WorkCalendar::Year> years;
    while (q.next()) {
        WorkCalendar::Year& y = years[q.value(2).toInt()];
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        (q.value(1).toString() == QLatin1String("holiday") ? y.holidays : y.workdays).append(day);
    }
    // The built-in notices first; a year imported or sent by the city replaces the built-in one.
    WorkCalendar calendar = WorkCalendar::builtIn();
    QSqlQuery sources(m_database.connection());
    if (!sources.exec(QStringLiteral("SELECT year FROM calendar_years")))
        return Error::failed(tr("Cannot read the calendar: %1").arg(StorageError::describe(sources.lastError())));
    while (sources.next())
        years[sources.value(0).toInt()].year = sources.value(0).toInt();
    for (auto it = years.begin(); it != years.end(); ++it) {
        it->year = it.key();
        calendar.add(*it);
    }
    return calendar;
}

Status CaseRepository::recordCalendarSource(Database& database, int year, const QString& source, const QString& by)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("INSERT INTO calendar_years (year, source, at, by) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (year) DO UPDATE SET source = excluded.source, at = excluded.at, "
                             "by = excluded.by"));
    q.addBindValue(year);
    q.addBindValue(source);
    q.addBindValue(Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(by);
    if (!q.exec())
        return Error::failed(tr("Cannot store the calendar: %1").arg(StorageError::describe(q.lastError())));
    return success();
}

Result<QList<CalendarYearSource>> CaseRepository::calendarYears() const
{
    QMap<int, CalendarYearSource> out;
    for (const WorkCalendar::Year& y : WorkCalendar::builtInYears())
        out.insert(y.year,
                   {y.year, QStringLiteral("built-in"), {}, {}, int(y.holidays.size()), int(y.workdays.size())});
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT y.year, y.source, y.at, y.by, "
                               "(SELECT count(*) FROM calendar_days d WHERE d.year = y.year AND d.kind = 'holiday'), "
                               "(SELECT count(*) FROM calendar_days d WHERE d.year = y.year AND d.kind = 'workday') "
                               "FROM calendar_years y")))
        return Error::failed(tr("Cannot read the calendar: %1").arg(StorageError::describe(q.lastError())));
    while (q.next())
        out.insert(q.value(0).toInt(), {q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
                                        q.value(3).toString(), q.value(4).toInt(), q.value(5).toInt()});
    return out.values();
}

} // namespace Doudi
