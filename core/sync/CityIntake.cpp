#include "CityIntake.h"

#include "store/Database.h"
#include "sync/ConflictQueue.h"
#include "sync/Peers.h"
#include "sync/SyncTables.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Doudi {

namespace {

Error databaseError(const QSqlQuery& q)
{
    return Error::failed(CityIntake::tr("Cannot store the township's records: %1").arg(q.lastError().text()));
}

struct PendingDecision
{
    qint64 caseVersion = 0;
    QByteArray json;
};

// Decisions made here that the township has not received yet: a case it changed meanwhile
// conflicts with them.
Result<QHash<QString, PendingDecision>> pendingDecisions(Database& city, const QString& township, qint64 acknowledged)
{
    QSqlQuery q(city.connection());
    q.prepare(QStringLiteral("SELECT case_id, case_version, json_object('case_id', case_id, 'decision', decision, "
                             "'reason', reason, 'case_version', case_version, 'decided_by', decided_by, "
                             "'decided_on', decided_on) FROM city_decisions WHERE township = ? AND "
                             "(sent_in IS NULL OR sent_in > ?)"));
    q.addBindValue(township);
    q.addBindValue(acknowledged);
    if (!q.exec())
        return databaseError(q);
    QHash<QString, PendingDecision> out;
    while (q.next())
        out.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toString().toUtf8()});
    return out;
}

} // namespace

Status CityIntake::apply(Database& city, const Peer& township, qint64 sequence, qint64 acknowledged,
                         const PackageBody& body, bool rebaseline, int* conflicts)
{
    for (const PackageRecord& r : body.records) {
        if (!SyncTables::isTownshipOwned(r.table))
            return Error::failed(
                tr("The package carries “%1” records, which a township does not own: it is refused.").arg(r.table));
    }
    QSqlQuery q(city.connection());
    if (rebaseline) {
        q.prepare(QStringLiteral("DELETE FROM city_records WHERE township = ?"));
        q.addBindValue(township.code);
        if (!q.exec())
            return databaseError(q);
    }
    const auto pending = pendingDecisions(city, township.code, acknowledged);
    if (!pending)
        return pending.error();
    QSqlQuery upsert(city.connection());
    upsert.prepare(QStringLiteral("INSERT INTO city_records (township, tbl, row_key, data, deleted, sequence) "
                                  "VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT (township, tbl, row_key) DO UPDATE SET "
                                  "data = excluded.data, deleted = 0, sequence = excluded.sequence"));
    QSqlQuery tombstone(city.connection());
    tombstone.prepare(QStringLiteral("INSERT INTO city_records (township, tbl, row_key, data, deleted, sequence) "
                                     "VALUES (?, ?, ?, '{}', 1, ?) ON CONFLICT (township, tbl, row_key) DO UPDATE "
                                     "SET deleted = 1, sequence = excluded.sequence"));
    ConflictQueue queue(city);
    for (const PackageRecord& r : body.records) {
        if (r.table == QLatin1String("cases") && pending->contains(r.key)) {
            const PendingDecision& decision = pending->value(r.key);
            const QJsonObject incoming = QJsonDocument::fromJson(r.json).object();
            if (r.isTombstone() || incoming.value(QStringLiteral("version")).toInteger() != decision.caseVersion) {
                SyncConflict c;
                c.peer = township.code;
                c.sequence = sequence;
                c.table = r.table;
                c.key = r.key;
                c.local = decision.json;
                c.incoming = r.isTombstone() ? QByteArray("{}") : r.json;
                c.author = incoming.value(QStringLiteral("updated_by")).toString();
                const auto added = queue.add(c);
                if (!added)
                    return added.error();
                *conflicts += *added ? 1 : 0;
            }
        }
        QSqlQuery& statement = r.isTombstone() ? tombstone : upsert;
        statement.bindValue(0, township.code);
        statement.bindValue(1, r.table);
        statement.bindValue(2, r.key);
        if (r.isTombstone()) {
            statement.bindValue(3, sequence);
        } else {
            statement.bindValue(3, QString::fromUtf8(r.json));
            statement.bindValue(4, sequence);
        }
        if (!statement.exec())
            return databaseError(statement);
    }
    return success();
}

} // namespace Doudi
