#include "CityDecisions.h"

#include "Clock.h"
#include "cases/CaseRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SiteRepository.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Doudi {

namespace {

Error databaseError(const QSqlQuery& q)
{
    return Error::failed(
        CityDecisions::tr("Cannot read the city's decisions: %1").arg(StorageError::describe(q.lastError())));
}

// Who decided, as the township's case history shows it: the city user at the city's code.
QString deciderName(const QString& cityCode, const QJsonObject& decision)
{
    return QStringLiteral("%1@%2").arg(decision.value(QStringLiteral("decided_by")).toString(), cityCode);
}

} // namespace

Status CityDecisions::decide(Database& city, const Session& session, const QString& caseId, bool approve,
                             const QString& reason, const QDate& on)
{
    if (Status s = session.require(Action::ApproveDecision); !s)
        return s;
    const auto site = SiteRepository(city, session).site();
    if (!site)
        return site.error();
    if (site->kind != QLatin1String("city"))
        return Error::failed(tr("Cases are decided here at the township; the city decides in its own database."));
    if (!approve && reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason"), tr("a refusal needs its reason, for the written notice"));
    const auto all = awaiting(city);
    if (!all)
        return all.error();
    const auto it =
        std::find_if(all->cbegin(), all->cend(), [&caseId](const AwaitingCase& c) { return c.caseId == caseId; });
    if (it == all->cend())
        return Error::failed(tr("The case %1 is not awaiting the city's decision (not submitted by a township, or "
                                "decided already).")
                                 .arg(caseId));
    if (!it->decision.isEmpty())
        return Error::failed(
            tr("The case %1 was decided already; the decision travels with the next package.").arg(caseId));
    Transaction transaction(city.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    const QString at = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString decision = approve ? QStringLiteral("approve") : QStringLiteral("refuse");
    QString why = reason.trimmed();
    if (why.isNull())
        why = QStringLiteral(""); // never NULL in the table
    QSqlQuery q(city.connection());
    q.prepare(QStringLiteral("INSERT INTO city_decisions (case_id, township, decision, reason, case_version, "
                             "decided_on, decided_at, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(caseId), QVariant(it->township), QVariant(decision), QVariant(why), QVariant(it->version),
          QVariant(on.toString(Qt::ISODate)), QVariant(at), QVariant(session.userName())})
        q.addBindValue(v);
    if (!q.exec())
        return databaseError(q);
    if (Status s = AuditLog(city).append(
            session.userName(), decision, QStringLiteral("city_decisions"), caseId, {},
            QJsonObject{{QStringLiteral("township"), it->township}, {QStringLiteral("reason"), why}}, QString());
        !s)
        return s;
    return transaction.commit();
}

Status CityDecisions::withdraw(Database& city, const Session& session, const QString& caseId)
{
    QSqlQuery q(city.connection());
    q.prepare(QStringLiteral("DELETE FROM city_decisions WHERE case_id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return databaseError(q);
    return AuditLog(city).append(session.userName(), QStringLiteral("delete"), QStringLiteral("city_decisions"), caseId,
                                 {}, {}, QString(), tr("the township changed the case after submitting it"));
}

Result<QList<AwaitingCase>> CityDecisions::awaiting(Database& city)
{
    QSqlQuery q(city.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT c.township, c.row_key, json_extract(c.data, '$.household_id'), json_extract(c.data, '$.type'), "
            "json_extract(h.data, '$.head_name'), json_extract(c.data, '$.version'), "
            "(SELECT max(json_extract(s.data, '$.on_date')) FROM city_records s WHERE s.township = c.township AND "
            "s.tbl = 'case_steps' AND json_extract(s.data, '$.case_id') = c.row_key AND "
            "json_extract(s.data, '$.action') = 'submit'), d.decision "
            "FROM city_records c LEFT JOIN city_records h ON h.township = c.township AND h.tbl = 'households' AND "
            "h.row_key = json_extract(c.data, '$.household_id') "
            "LEFT JOIN city_decisions d ON d.case_id = c.row_key "
            // Each township's cases, not every row of the city (city_records' key starts with the township).
            "WHERE c.township IN (SELECT code FROM peers WHERE kind = 'township') AND c.tbl = 'cases' AND "
            "c.deleted = 0 AND json_extract(c.data, '$.state') = 'submitted' "
            "ORDER BY 7, c.township, c.row_key")))
        return databaseError(q);
    QList<AwaitingCase> out;
    while (q.next()) {
        AwaitingCase c;
        c.township = q.value(0).toString();
        c.caseId = q.value(1).toString();
        c.householdId = q.value(2).toString();
        c.type = q.value(3).toString();
        c.headName = q.value(4).toString();
        c.version = q.value(5).toLongLong();
        c.submittedOn = q.value(6).toString();
        c.decision = q.value(7).toString();
        out.append(c);
    }
    return out;
}

Result<bool> CityDecisions::appliedAtTownship(Database& township, const QString& cityCode, const QJsonObject& decision)
{
    QSqlQuery q(township.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM case_steps WHERE case_id = ? AND action = ? AND created_by = ?"));
    q.addBindValue(decision.value(QStringLiteral("case_id")).toString());
    q.addBindValue(decision.value(QStringLiteral("decision")).toString());
    q.addBindValue(deciderName(cityCode, decision));
    if (!q.exec() || !q.next())
        return databaseError(q);
    return q.value(0).toInt() > 0;
}

Status CityDecisions::applyAtTownship(Database& township, const QString& cityCode, const QJsonObject& decision)
{
    const Session city =
        Session::forUser(deciderName(cityCode, decision), deciderName(cityCode, decision), Role::Supervisor, QString());
    const QDate on = QDate::fromString(decision.value(QStringLiteral("decided_on")).toString(), Qt::ISODate);
    return CaseRepository(township, city)
        .advance(decision.value(QStringLiteral("case_id")).toString(),
                 decision.value(QStringLiteral("decision")).toString(), on,
                 decision.value(QStringLiteral("reason")).toString());
}

} // namespace Doudi
