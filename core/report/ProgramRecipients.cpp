#include "ProgramRecipients.h"

#include "domain/HouseholdJson.h"
#include "domain/SignedOrder.h"
#include "rules/EntitlementsJson.h"
#include "rules/ProgramRules.h"
#include "store/Database.h"
#include "store/StorageError.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Doudi {

qint64 ProgramRecipient::totalFen() const
{
    qint64 total = 0;
    for (const qint64 fen : fenByProgram)
        total += fen;
    return total;
}

Result<QList<ProgramRecipient>> ProgramRecipients::forMonth(Database& database, const Session& session,
                                                            const QString& month, const QStringList& programs,
                                                            const QString& villageCode)
{
    if (Status s = session.require(Action::ViewHouseholds); !s)
        return s.error();
    // The newest determination of each live household for the month or before, when it keeps
    // entitlements; through the index on (household_id, created_at).
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT d.household_id, d.month, d.household_json, d.entitlements_json, h.village_code "
                       "FROM households h JOIN determinations d ON d.rowid = (SELECT d2.rowid FROM determinations d2 "
                       "WHERE d2.household_id = h.id AND d2.deleted = 0 AND d2.month <= ? "
                       "ORDER BY d2.created_at DESC, d2.rowid DESC LIMIT 1) "
                       "WHERE h.deleted = 0 AND d.entitlements_json IS NOT NULL AND (? = '' OR h.village_code = ?)"));
    const QString village = villageCode.isNull() ? QStringLiteral("") : villageCode;
    for (const QVariant& v : {QVariant(month), QVariant(village), QVariant(village)})
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(tr("Cannot read the determinations: %1").arg(StorageError::describe(q.lastError())));
    QList<ProgramRecipient> out;
    while (q.next()) {
        if (!session.maySeeVillage(q.value(4).toString()))
            continue;
        const auto entitlements =
            EntitlementsJson::fromJson(QJsonDocument::fromJson(q.value(3).toByteArray()).object());
        if (!entitlements)
            return Error::failed(tr("The entitlements saved for household %1 cannot be read: %2")
                                     .arg(q.value(0).toString(), entitlements.error().toString()));
        QMap<int, QMap<QString, qint64>> byMember;
        for (const Entitlement& e : entitlements->items) {
            if (!e.oneOff && programs.contains(e.program))
                byMember[e.member][e.program] += e.amountFen;
        }
        if (byMember.isEmpty())
            continue;
        const auto household = HouseholdJson::read(q.value(2).toByteArray());
        if (!household)
            return Error::failed(tr("The household saved with a determination of %1 cannot be read: %2")
                                     .arg(q.value(0).toString(), household.error().toString()));
        for (auto it = byMember.cbegin(); it != byMember.cend(); ++it) {
            if (it.key() < 0 || it.key() >= household->members.size())
                continue;
            ProgramRecipient r;
            r.householdId = q.value(0).toString();
            r.villageCode = q.value(4).toString();
            r.headName = household->head() ? household->head()->name : QString();
            r.bankAccount = household->bankAccount;
            r.member = household->members.at(it.key());
            r.fenByProgram = it.value();
            r.determinedIn = q.value(1).toString();
            out.append(std::move(r));
        }
    }
    SignedOrder::sort(
        out, [](const ProgramRecipient& r) { return SignedOrder::key(r.villageCode, r.headName, r.householdId); });
    return out;
}

Result<QList<RecipientCount>> ProgramRecipients::countByProgram(Database& database, const Session& session,
                                                                const QString& month, const QString& villageCode)
{
    const QStringList& monthly = ProgramRules::monthlyPrograms();
    const auto recipients = forMonth(database, session, month, monthly, villageCode);
    if (!recipients)
        return recipients.error();
    QList<RecipientCount> out;
    for (const QString& program : monthly) {
        RecipientCount c;
        c.label = ProgramRules::programLabel(program);
        QSet<QString> households;
        for (const ProgramRecipient& r : *recipients) {
            const qint64 fen = r.fenByProgram.value(program);
            if (fen <= 0)
                continue;
            households.insert(r.householdId);
            c.persons += 1;
            c.fen += fen;
        }
        c.households = int(households.size());
        out.append(c);
    }
    // The price subsidy paid in the month, counted where it is kept, of live households the session
    // may see (a cadre's own village).
    QString where = QStringLiteral("p.month = ? AND h.deleted = 0");
    QVariantList binds{month};
    for (const QString& village :
         {villageCode, session.maySeeVillage(QStringLiteral("-")) ? QString() : session.villageCode()}) {
        if (!village.isEmpty()) {
            where += QStringLiteral(" AND h.village_code = ?");
            binds.append(village);
        }
    }
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT count(DISTINCT p.household_id), count(*), coalesce(sum(p.amount_fen), 0) FROM "
                             "price_subsidy_payments p JOIN households h ON h.id = p.household_id WHERE %1")
                  .arg(where));
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return Error::failed(tr("Cannot count the price subsidy paid: %1").arg(StorageError::describe(q.lastError())));
    RecipientCount price;
    price.label = ProgramRules::programLabel(QStringLiteral("price_subsidy"));
    price.households = q.value(0).toInt();
    price.persons = q.value(1).toInt();
    price.fen = q.value(2).toLongLong();
    out.append(price);
    return out;
}

} // namespace Doudi
