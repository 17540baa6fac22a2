#include "FuneralWaivers.h"

#include "Clock.h"
#include "domain/CompactJsonWriter.h"
#include "payments/ApprovedAmounts.h"
#include "payments/PaidDetermination.h"
#include "rules/ProgramRules.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/DeterminationRepository.h"
#include "store/HouseholdRepository.h"
#include "store/PolicyRepository.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Doudi {

namespace {
const QString kFuneralWaiver = QStringLiteral("funeral_waiver");

// What a waiver's audit entry digests: the row as issued, field by field.
QByteArray digestContent(const FuneralWaiver& w)
{
    CompactJsonWriter out;
    out.raw("{");
    out.key("certificate_no").string(w.certificateNo);
    out.key("household_id").string(w.householdId);
    out.key("member_id").string(w.memberId);
    out.key("village_code").string(w.villageCode);
    out.key("name").string(w.name);
    out.key("died_on").string(w.diedOn.toString(Qt::ISODate));
    out.key("category").string(w.category);
    out.key("amount_fen").number(w.amountFen);
    out.key("policy_id").string(w.policyId);
    out.key("issued_at").string(w.issuedAt.toString(Qt::ISODateWithMs));
    out.key("issued_by").string(w.issuedBy);
    out.raw("}");
    return out.out;
}

const char* const kColumns = "id, certificate_no, household_id, member_id, village_code, name, died_on, category, "
                             "amount_fen, policy_id, issued_at, issued_by";

FuneralWaiver fromRow(const QSqlQuery& q)
{
    FuneralWaiver w;
    w.id = q.value(0).toString();
    w.certificateNo = q.value(1).toString();
    w.householdId = q.value(2).toString();
    w.memberId = q.value(3).toString();
    w.villageCode = q.value(4).toString();
    w.name = q.value(5).toString();
    w.diedOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    w.category = q.value(7).toString();
    w.amountFen = q.value(8).toLongLong();
    w.policyId = q.value(9).toString();
    w.issuedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    w.issuedBy = q.value(11).toString();
    return w;
}
} // namespace

FuneralWaivers::FuneralWaivers(Database& database, const Session& session)
    : m_database(database)
    , m_session(session)
{}

Result<QList<FuneralWaiver>> FuneralWaivers::forHousehold(const QString& householdId)
{
    if (Status s = m_session.require(Action::ViewHouseholds); !s)
        return s.error();
    const auto household = HouseholdRepository(m_database, m_session).load(householdId);
    if (!household)
        return household.error();
    const auto issuedBefore = load(QStringLiteral("household_id = ?"), {householdId});
    if (!issuedBefore)
        return issuedBefore.error();

    QList<FuneralWaiver> out;
    DeterminationRepository determinations(m_database, m_session);
    for (qsizetype i = 0; i < household->members.size(); ++i) {
        const Member& m = household->members.at(i);
        if (!m.diedOn)
            continue;
        const auto issued = std::find_if(issuedBefore->cbegin(), issuedBefore->cend(),
                                         [&m](const FuneralWaiver& w) { return w.memberId == m.uuid; });
        if (issued != issuedBefore->cend()) {
            FuneralWaiver w = *issued;
            w.idNumber = m.idNumber;
            out.append(w);
            continue;
        }
        // The month of the death decides: the policy then in force, the roll as it paid then.
        const QString month = m.diedOn->toString(QStringLiteral("yyyy-MM"));
        const auto inForce = PolicyRepository(m_database, m_session).inForceIfAny(*m.diedOn);
        if (!inForce)
            return inForce.error();
        if (!inForce->has_value() || !(*inForce)->policy.programs.funeralWaiver)
            continue; // no waiver in force then
        const StoredPolicy* policy = &**inForce;
        const auto approved = ApprovedAmounts(m_database, m_session).inEffect(householdId, month);
        if (!approved)
            return approved.error();
        const ApprovedAmount* approvedAmount = approved->has_value() ? &**approved : nullptr;
        const auto paid = PaidDetermination::of(determinations, *household, approvedAmount, policy->policy.id, month);
        if (!paid)
            return paid.error();
        const auto entitlements = ProgramRules::entitlements(policy->policy, *household, *paid, month, std::nullopt,
                                                             ProgramRules::Options{false});
        if (!entitlements)
            return Error::failed(tr("The household cannot be worked out: %1").arg(entitlements.error().toString()));
        for (const Entitlement& e : entitlements->items) {
            if (e.program != kFuneralWaiver || e.member != int(i))
                continue;
            FuneralWaiver w;
            w.householdId = household->uuid;
            w.memberId = m.uuid;
            w.name = m.name;
            w.idNumber = m.idNumber;
            w.villageCode = household->villageCode;
            w.diedOn = *m.diedOn;
            w.category = PaidDetermination::category(*paid, e.member);
            w.amountFen = e.amountFen;
            w.policyId = policy->policy.id;
            out.append(w);
        }
    }
    return out;
}

Result<FuneralWaiver> FuneralWaivers::issue(const QString& householdId, const QString& memberId)
{
    if (!mayIssue(m_session))
        return m_session.require(Action::PreparePayment).error();
    const auto offers = forHousehold(householdId);
    if (!offers)
        return offers.error();
    const auto offer = std::find_if(offers->cbegin(), offers->cend(),
                                    [&memberId](const FuneralWaiver& w) { return w.memberId == memberId; });
    if (offer == offers->cend())
        return Error::failed(tr("This member's death is not recorded, or the funeral waiver does not cover them."));
    if (offer->issued())
        return Error::failed(tr("The funeral waiver of %1 was issued already (certificate %2) and is issued once.")
                                 .arg(offer->name, offer->certificateNo));
    if (Status s = m_session.requireVillage(offer->villageCode); !s)
        return s.error();

    FuneralWaiver w = *offer;
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s.error();
    w.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    w.issuedAt = Clock::currentDateTimeUtc();
    w.issuedBy = m_session.userName();
    // Numbered in the year of issue: 2026-0001, 2026-0002, …
    const QString year = QString::number(Clock::currentDate().year());
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM funeral_waivers WHERE certificate_no LIKE ?"));
    q.addBindValue(QString(year + QStringLiteral("-%")));
    if (!q.exec() || !q.next())
        return Error::failed(tr("Database error: %1").arg(StorageError::describe(q.lastError())));
    w.certificateNo = QStringLiteral("%1-%2").arg(year).arg(q.value(0).toInt() + 1, 4, 10, QLatin1Char('0'));

    q.prepare(QStringLiteral("INSERT INTO funeral_waivers (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(kColumns)));
    for (const QVariant& v : {QVariant(w.id), QVariant(w.certificateNo), QVariant(w.householdId), QVariant(w.memberId),
                              QVariant(w.villageCode), QVariant(w.name), QVariant(w.diedOn.toString(Qt::ISODate)),
                              QVariant(w.category), QVariant(w.amountFen), QVariant(w.policyId),
                              QVariant(w.issuedAt.toString(Qt::ISODateWithMs)), QVariant(w.issuedBy)})
        q.addBindValue(v);
    if (!q.exec()) {
        // The one way past the check above: another desk issued it in between.
        return Error::failed(tr("Cannot record the funeral waiver (was it issued meanwhile?): %1")
                                 .arg(StorageError::describe(q.lastError())));
    }
    const QByteArray content = digestContent(w);
    if (Status s = AuditLog(m_database)
                       .appendJson(m_session.userName(), QStringLiteral("insert"), QStringLiteral("funeral_waivers"),
                                   w.id, QByteArray(), content, AuditLog::digest(content),
                                   tr("funeral waiver certificate %1").arg(w.certificateNo));
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return w;
}

Result<QList<FuneralWaiver>> FuneralWaivers::issued(const QString& villageCode)
{
    if (Status s = m_session.require(Action::ViewHouseholds); !s)
        return s.error();
    auto all =
        villageCode.isEmpty() ? load(QStringLiteral("1"), {}) : load(QStringLiteral("village_code = ?"), {villageCode});
    if (!all)
        return all;
    fillIdNumbers(*all);
    return all;
}

Result<FuneralWaiver> FuneralWaivers::find(const QString& certificateNo)
{
    auto found = load(QStringLiteral("certificate_no = ?"), {certificateNo});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::invalid(QStringLiteral("certificate"), tr("no funeral waiver has this number"));
    fillIdNumbers(*found);
    return found->constFirst();
}

bool FuneralWaivers::mayIssue(const Session& session)
{
    return session.may(Action::PreparePayment) || session.may(Action::ApprovePayment);
}

void FuneralWaivers::fillIdNumbers(QList<FuneralWaiver>& waivers)
{
    HouseholdRepository households(m_database, m_session);
    for (FuneralWaiver& w : waivers) {
        const auto h = households.load(w.householdId);
        if (!h)
            continue;
        for (const Member& m : h->members) {
            if (m.uuid == w.memberId)
                w.idNumber = m.idNumber;
        }
    }
}

Result<QList<FuneralWaiver>> FuneralWaivers::load(const QString& condition, const QVariantList& binds)
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM funeral_waivers WHERE %2 ORDER BY issued_at DESC, certificate_no DESC")
                  .arg(QLatin1String(kColumns), condition));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(tr("Cannot read the funeral waivers: %1").arg(StorageError::describe(q.lastError())));
    QList<FuneralWaiver> out;
    while (q.next()) {
        FuneralWaiver w = fromRow(q);
        if (m_session.maySeeVillage(w.villageCode))
            out.append(w);
    }
    return out;
}

Result<QHash<QString, QString>> FuneralWaivers::storedDigests(Database& database)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM funeral_waivers").arg(QLatin1String(kColumns))))
        return Error::failed(tr("Cannot read the funeral waivers: %1").arg(StorageError::describe(q.lastError())));
    QHash<QString, QString> out;
    while (q.next()) {
        const FuneralWaiver w = fromRow(q);
        out.insert(w.id, AuditLog::digest(digestContent(w)));
    }
    return out;
}

} // namespace Doudi
