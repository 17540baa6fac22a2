#include "DeterminationRepository.h"

#include "Clock.h"
#include "domain/HouseholdJson.h"
#include "rules/DeterminationJson.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Doudi {

DeterminationRepository::DeterminationRepository(Database& database, QString user)
    : m_database(database)
    , m_user(std::move(user))
    , m_sql(database.connection())
{
    QSqlQuery q(m_database.connection());
    if (q.exec(QStringLiteral("SELECT code FROM site WHERE id = 1")) && q.next())
        m_origin = q.value(0).toString();
}

Status DeterminationRepository::insert(const NewDetermination& d, const QString& batchId, const QString& now)
{
    QSqlQuery& q = m_sql.get(QStringLiteral(
        "INSERT INTO determinations (id, household_id, policy_id, month, classification, total_fen, household_json, "
        "result_json, batch_id, created_at, created_by, updated_at, updated_by, origin_site) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(d.householdId);
    q.addBindValue(d.result.policyId);
    q.addBindValue(d.result.month);
    q.addBindValue(DeterminationJson::classificationCode(d.result.classification));
    q.addBindValue(d.result.totalFen);
    q.addBindValue(QJsonDocument(HouseholdJson::toJson(d.input)).toJson(QJsonDocument::Compact));
    q.addBindValue(QJsonDocument(DeterminationJson::toJson(d.result)).toJson(QJsonDocument::Compact));
    q.addBindValue(batchId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(batchId));
    for (const QString& v : {now, m_user, now, m_user, m_origin})
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(tr("Cannot save the determination: %1").arg(q.lastError().text()));
    return success();
}

Status DeterminationRepository::save(const NewDetermination& determination)
{
    return saveAll({determination}, QString());
}

Status DeterminationRepository::saveAll(const QList<NewDetermination>& determinations, const QString& batchId)
{
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    const QString now = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const NewDetermination& d : determinations) {
        if (Status s = insert(d, batchId, now); !s)
            return s;
    }
    return transaction.commit();
}

Result<std::optional<StoredDetermination>> DeterminationRepository::latest(const QString& householdId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, household_json, result_json, created_at, created_by, batch_id "
                             "FROM determinations WHERE household_id = ? AND deleted = 0 "
                             "ORDER BY created_at DESC, rowid DESC LIMIT 1"));
    q.addBindValue(householdId);
    if (!q.exec())
        return Error::failed(tr("Database error: %1").arg(q.lastError().text()));
    if (!q.next())
        return std::optional<StoredDetermination>();
    StoredDetermination s;
    s.id = q.value(0).toString();
    s.householdId = householdId;
    auto input = HouseholdJson::read(q.value(1).toByteArray());
    auto result = DeterminationJson::fromJson(QJsonDocument::fromJson(q.value(2).toByteArray()).object());
    if (!input || !result)
        return Error::failed(tr("A saved determination cannot be read."));
    s.input = *input;
    s.result = *result;
    s.createdAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    s.createdBy = q.value(4).toString();
    s.batchId = q.value(5).toString();
    return std::optional<StoredDetermination>(std::move(s));
}

Result<QHash<QString, DeterminationSummary>> DeterminationRepository::latestSummaries()
{
    // The newest row of each household: rows come oldest first, later ones replace earlier ones.
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT household_id, classification, total_fen, month, policy_id FROM determinations "
                               "WHERE deleted = 0 ORDER BY household_id, created_at, rowid")))
        return Error::failed(tr("Database error: %1").arg(q.lastError().text()));
    QHash<QString, DeterminationSummary> out;
    while (q.next()) {
        out.insert(
            q.value(0).toString(),
            {DeterminationJson::classificationFromCode(q.value(1).toString()).value_or(Classification::NotEligible),
             q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toString()});
    }
    return out;
}

} // namespace Doudi
