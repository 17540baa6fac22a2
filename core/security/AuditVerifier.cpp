#include "AuditVerifier.h"

#include "care/CareRegister.h"
#include "domain/HouseholdJson.h"
#include "fund/FundLedger.h"
#include "fund/FundTerms.h"
#include "payments/FuneralWaivers.h"
#include "payments/PriceSubsidyRun.h"
#include "referrals/HelpResources.h"
#include "referrals/Referrals.h"
#include "security/KeySlots.h"
#include "security/Session.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/DeterminationRepository.h"
#include "store/HouseholdRepository.h"
#include "store/PolicyRepository.h"
#include "store/RecordDigest.h"
#include "store/SiteRepository.h"
#include "store/UserRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace Doudi {

namespace {

// The latest data-changing entry of each record, by table.
struct Latest
{
    qint64 seq = 0;
    QString action;
    QString digest;
    QString newValues;
};

bool changesData(const QString& action)
{
    return action == QLatin1String("insert") || action == QLatin1String("update") ||
           action == QLatin1String("delete") || action == QLatin1String("password") ||
           action == QLatin1String("rehash") || action == QLatin1String("key_slot");
}

void flatten(const QJsonValue& v, const QString& path, QHash<QString, QString>* out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            flatten(a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), out);
    } else {
        out->insert(path, QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)));
    }
}

// The field paths at which the recorded (masked) values and today's differ.
QStringList changedFields(const QString& recorded, const QJsonObject& now)
{
    QHash<QString, QString> before, after;
    flatten(QJsonDocument::fromJson(recorded.toUtf8()).object(), QString(), &before);
    flatten(AuditLog::masked(now), QString(), &after);
    QStringList paths;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key()) != it.value())
            paths.append(it.key());
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            paths.append(it.key());
    }
    paths.sort();
    return paths;
}

class Checker
{
public:
    Checker(AuditReport& report, const QHash<QString, QHash<QString, Latest>>& latest)
        : m_report(report)
        , m_latest(latest)
    {}

    // Compares one live record with its latest entry; `values` (masked) names the changed fields.
    void check(const QString& table, const QString& id, const QString& label, const QString& digest,
               const QJsonObject& values = {})
    {
        ++m_report.recordsChecked;
        m_seen[table].insert(id);
        const auto entries = m_latest.value(table);
        const auto it = entries.constFind(id);
        if (it == entries.cend()) {
            add(0, table, id, AuditVerifier::tr("%1 has no audit entry: it was added outside Doudi.").arg(label));
            return;
        }
        if (it->action == QLatin1String("delete")) {
            add(it->seq, table, id,
                AuditVerifier::tr("%1 was deleted by audit entry %2 but is back: restored outside Doudi.")
                    .arg(label)
                    .arg(it->seq));
            return;
        }
        // An entry written before the trail kept this record's digest cannot be compared.
        if (it->digest == digest || it->digest.isEmpty())
            return;
        QString message =
            AuditVerifier::tr("%1 was changed outside Doudi after audit entry %2.").arg(label).arg(it->seq);
        if (!values.isEmpty()) {
            const QStringList fields = changedFields(it->newValues, values);
            if (!fields.isEmpty())
                message += QLatin1Char(' ') +
                           AuditVerifier::tr("Changed: %1.").arg(fields.mid(0, 6).join(QStringLiteral(", ")));
        }
        add(it->seq, table, id, message);
    }

    // Records the trail knows and the tables no longer have.
    void missing(const QString& table, const QString& what)
    {
        const auto entries = m_latest.value(table);
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            if (it->action != QLatin1String("delete") && !m_seen[table].contains(it.key()))
                add(it->seq, table, it.key(),
                    AuditVerifier::tr("%1 %2 is gone, but audit entry %3 does not record its removal.")
                        .arg(what, it.key())
                        .arg(it->seq));
        }
    }

private:
    void add(qint64 seq, const QString& table, const QString& id, const QString& message)
    {
        m_report.findings.append({seq, table, id, message});
    }

    AuditReport& m_report;
    const QHash<QString, QHash<QString, Latest>>& m_latest;
    QHash<QString, QSet<QString>> m_seen;
};

} // namespace

Result<AuditReport> AuditVerifier::verify(Database& database, bool records)
{
    AuditReport report;
    const auto entries = AuditLog(database).entries();
    if (!entries)
        return entries.error();
    report.entries = entries->size();

    // 1. The chain: sequence, link and hash of every entry; the first break is reported.
    QString previousHash = AuditLog::kGenesisHash;
    qint64 previousSeq = 0;
    QHash<QString, QHash<QString, Latest>> latest;
    for (const AuditEntry& e : *entries) {
        QString broken;
        if (e.seq != previousSeq + 1)
            broken = tr("Audit entry %1 is missing: the trail jumps from entry %2 to %3.")
                         .arg(previousSeq + 1)
                         .arg(previousSeq)
                         .arg(e.seq);
        else if (e.prevHash != previousHash)
            broken = tr("Audit entry %1 does not follow entry %2: an entry was removed, replaced or slipped in.")
                         .arg(e.seq)
                         .arg(previousSeq);
        else if (AuditLog::chainHash(e) != e.hash)
            broken = tr("Audit entry %1 was changed after it was written.").arg(e.seq);
        if (!broken.isEmpty()) {
            report.findings.append({e.seq, e.table, e.recordId, broken});
            break;
        }
        previousHash = e.hash;
        previousSeq = e.seq;
        if (changesData(e.action))
            latest[e.table].insert(e.recordId, {e.seq, e.action, e.digest, e.newValues});
    }
    if (!records || !report.ok())
        return report;

    // 2. The data against the digests the trail recorded.
    Checker checker(report, latest);
    const Session auditor = Session::bootstrap(QStringLiteral("audit"));
    const auto households = HouseholdRepository(database, auditor).loadAll();
    if (!households)
        return households.error();
    for (const Household& h : *households) {
        const Member* head = h.head();
        checker.check(QStringLiteral("households"), h.uuid,
                      tr("The household of %1 (%2)").arg(head ? head->name : QString(), h.uuid),
                      HouseholdRepository::digest(h), HouseholdJson::toJson(h));
    }
    checker.missing(QStringLiteral("households"), tr("The household"));

    const auto users = UserRepository(database, auditor).all();
    if (!users)
        return users.error();
    for (const User& u : *users)
        checker.check(QStringLiteral("users"), u.id, tr("The user %1").arg(u.name), UserRepository::digest(u),
                      UserRepository::auditValues(u));
    checker.missing(QStringLiteral("users"), tr("The user"));
    // A key slot swapped outside Doudi would let another password open the site's secrets.
    const auto slotDigests = KeySlots::digests(database);
    if (!slotDigests)
        return slotDigests.error();
    QHash<QString, QString> userNames;
    for (const User& u : *users)
        userNames.insert(u.id, u.name);
    for (auto it = slotDigests->cbegin(); it != slotDigests->cend(); ++it)
        checker.check(QStringLiteral("site_key_slots"), it.key(),
                      tr("The key slot of %1").arg(userNames.value(it.key(), it.key())), it.value());
    checker.missing(QStringLiteral("site_key_slots"), tr("The key slot"));

    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (const auto villages = SiteRepository(database, auditor).villages()) {
        for (const Village& v : *villages)
            checker.check(QStringLiteral("villages"), v.code, tr("The village %1").arg(v.name),
                          SiteRepository::villageDigest(v));
    }
    checker.missing(QStringLiteral("villages"), tr("The village"));
    if (q.exec(QStringLiteral("SELECT id, body FROM policies WHERE deleted = 0"))) {
        while (q.next())
            checker.check(QStringLiteral("policies"), q.value(0).toString(),
                          tr("The policy %1").arg(q.value(0).toString()),
                          PolicyRepository::digest(q.value(1).toByteArray()));
    }
    checker.missing(QStringLiteral("policies"), tr("The policy"));
    // Entitlements are kept from schema 28 on; before, a determination had none.
    if (q.exec(QStringLiteral("SELECT id, household_json, result_json, %1 FROM determinations WHERE deleted = 0")
                   .arg(DeterminationRepository::entitlementsColumn(database.schemaVersion())))) {
        while (q.next())
            checker.check(QStringLiteral("determinations"), q.value(0).toString(),
                          tr("The determination %1").arg(q.value(0).toString()),
                          DeterminationRepository::digest(q.value(1).toByteArray(), q.value(2).toByteArray(),
                                                          q.value(3).toByteArray()));
    }
    checker.missing(QStringLiteral("determinations"), tr("The determination"));

    // The reserve fund: every entry and every payment's paperwork as the trail recorded it.
    const auto fund = FundLedger(database, auditor).entries();
    if (!fund)
        return fund.error();
    for (const FundEntry& e : *fund)
        checker.check(QStringLiteral("fund_entries"), e.id,
                      tr("The fund entry %1 (%2)").arg(e.seq).arg(FundTerms::kindLabel(e.kind)), FundLedger::digest(e),
                      e.toJson());
    checker.missing(QStringLiteral("fund_entries"), tr("The fund entry"));
    if (q.exec(QStringLiteral("SELECT payment_id, completed_on, note FROM fund_paperwork"))) {
        while (q.next())
            checker.check(QStringLiteral("fund_paperwork"), q.value(0).toString(),
                          tr("The paperwork of payment %1").arg(q.value(0).toString()),
                          FundLedger::paperworkDigest(q.value(0).toString(),
                                                      QDate::fromString(q.value(1).toString(), Qt::ISODate),
                                                      q.value(2).toString()));
    }
    checker.missing(QStringLiteral("fund_paperwork"), tr("The paperwork of a payment"));
    // The price subsidy's runs (schema 29 on): each run's payments as its entry digested them.
    if (database.schemaVersion() >= PriceSubsidyRun::kSchema) {
        const auto runs = PriceSubsidyRun::storedRunDigests(database);
        if (!runs)
            return runs.error();
        for (auto it = runs->cbegin(); it != runs->cend(); ++it)
            checker.check(QStringLiteral("price_subsidy_payments"), it.key(),
                          tr("The price subsidy paid by run %1").arg(it.key()), it.value());
        checker.missing(QStringLiteral("price_subsidy_payments"), tr("The price subsidy run"));
    }
    // Funeral waivers (schema 31 on), each as issued.
    if (database.schemaVersion() >= FuneralWaivers::kSchema) {
        const auto waivers = FuneralWaivers::storedDigests(database);
        if (!waivers)
            return waivers.error();
        for (auto it = waivers->cbegin(); it != waivers->cend(); ++it)
            checker.check(QStringLiteral("funeral_waivers"), it.key(), tr("The funeral waiver %1").arg(it.key()),
                          it.value());
        checker.missing(QStringLiteral("funeral_waivers"), tr("The funeral waiver"));
    }
    // The care register and its visits (schema 32 on), as their entries recorded them.
    if (database.schemaVersion() >= CareRegister::kSchema) {
        const auto care = CareRegister::storedDigests(database);
        if (!care)
            return care.error();
        for (const auto& [table, what] :
             {std::pair{QStringLiteral("care_people"), tr("The person on the care register")},
              std::pair{QStringLiteral("care_visits"), tr("The care visit")}}) {
            const QHash<QString, QString> digests = care->value(table);
            for (auto it = digests.cbegin(); it != digests.cend(); ++it)
                checker.check(table, it.key(), QStringLiteral("%1 %2").arg(what, it.key()), it.value());
            checker.missing(table, what);
        }
    }
    // The resource library and the referrals (schema 33 on), as their entries recorded them.
    if (database.schemaVersion() >= Referrals::kSchema) {
        const auto resources = HelpResources::storedDigests(database);
        if (!resources)
            return resources.error();
        for (auto it = resources->cbegin(); it != resources->cend(); ++it)
            checker.check(QStringLiteral("help_resources"), it.key(), tr("The library entry %1").arg(it.key()),
                          it.value());
        checker.missing(QStringLiteral("help_resources"), tr("The library entry"));
        const auto referrals = Referrals::storedDigests(database);
        if (!referrals)
            return referrals.error();
        for (auto it = referrals->cbegin(); it != referrals->cend(); ++it)
            checker.check(QStringLiteral("referrals"), it.key(), tr("The referral %1").arg(it.key()), it.value());
        checker.missing(QStringLiteral("referrals"), tr("The referral"));
    }

    // Cases with their steps and home visits, and monitoring signals, as their rows are stored.
    const auto cases = RecordDigest::allCases(database);
    if (!cases)
        return cases.error();
    for (auto it = cases->cbegin(); it != cases->cend(); ++it)
        checker.check(QStringLiteral("cases"), it.key(), tr("The case %1").arg(it.key()), it.value());
    checker.missing(QStringLiteral("cases"), tr("The case"));
    const auto signals_ = RecordDigest::allSignals(database);
    if (!signals_)
        return signals_.error();
    for (auto it = signals_->cbegin(); it != signals_->cend(); ++it)
        checker.check(QStringLiteral("signals"), it.key(), tr("The monitoring signal %1").arg(it.key()), it.value());
    checker.missing(QStringLiteral("signals"), tr("The monitoring signal"));
    return report;
}

} // namespace Doudi
