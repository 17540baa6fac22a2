#include "CityIntake.h"

#include "store/Database.h"
#include "store/StorageError.h"
#include "store/Transaction.h"
#include "sync/CityProjections.h"
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
    return Error::failed(
        CityIntake::tr("Cannot store the township's records: %1").arg(StorageError::describe(q.lastError())));
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

// What the city checks of each row a township sends, beside its table: the JSON path of the row's
// primary key, whether the table has an origin_site, and the path of the code that places it in a
// township (a village's code, a household's village).
struct RowRules
{
    QString keyPath;
    bool hasOrigin = false;
    QString placePath;
};

Result<QHash<QString, RowRules>> rowRules(Database& city)
{
    QHash<QString, RowRules> rules;
    QSqlQuery q(city.connection());
    for (const SyncedTable& t : SyncTables::townshipOwned()) {
        RowRules r;
        r.keyPath = QStringLiteral("$.") + t.key;
        if (!q.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('%1') WHERE name = 'origin_site'").arg(t.name)))
            return databaseError(q);
        r.hasOrigin = q.next();
        if (t.name == QLatin1String("villages"))
            r.placePath = QStringLiteral("$.code");
        else if (t.name == QLatin1String("households"))
            r.placePath = QStringLiteral("$.village_code");
        rules.insert(t.name, r);
    }
    return rules;
}

// A short, safe quote of a row's key for a message (the package is the sender's word, not ours).
QString quoted(const QString& key)
{
    QString k = key.left(40);
    for (QChar& c : k) {
        if (c.isDigit())
            continue;
        if (!c.isLetter() && c != QLatin1Char('-'))
            c = QLatin1Char('?');
    }
    return k;
}

Error notItsOwn(const Peer& township, const QString& table, const QString& key)
{
    return Error::failed(CityIntake::tr("The package from %1 carries a “%2” record (%3) that is not its own or whose "
                                        "key does not match its contents: the package is refused.")
                             .arg(township.name, table, quoted(key)));
}

} // namespace

Status CityIntake::apply(Database& city, const Peer& township, qint64 sequence, qint64 acknowledged,
                         const PackageBody& body, bool rebaseline, int* conflicts)
{
    Q_ASSERT_X(Transaction::isOpen(city.connection()), "CityIntake::apply", "inside the caller's transaction");
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
    const auto rules = rowRules(city);
    if (!rules)
        return rules.error();
    // A row is the sender's own when its key is its primary key, its origin is the sender and its
    // village is in the sender's township, checked by SQLite's own JSON reading (the one the
    // city's reports use) over the columns below: once for all the package's rows after they are
    // stored, and for one row that did not land. A row replaces what the city holds only when its
    // version does not go back.
    const QString checks =
        QStringLiteral("CASE WHEN json_valid(data) THEN CAST(json_extract(data, key_path) AS TEXT) IS row_key "
                       "AND (has_origin = 0 OR json_extract(data, '$.origin_site') IS township) "
                       "AND CASE WHEN coalesce(place_path, '') = '' THEN 1 ELSE substr(json_extract(data, "
                       "place_path), 1, length(township)) IS township END "
                       "ELSE 0 END");
    QSqlQuery upsert(city.connection());
    // The JSON is bound as the UTF-8 bytes it came in and stored as text: no conversion on the way.
    upsert.prepare(QStringLiteral(
        "INSERT INTO city_records (township, tbl, row_key, data, deleted, sequence) VALUES (?, ?, ?, CAST(? AS TEXT), "
        "0, ?) ON CONFLICT (township, tbl, row_key) DO UPDATE SET data = excluded.data, deleted = 0, "
        "sequence = excluded.sequence WHERE CASE WHEN json_valid(excluded.data) THEN "
        "coalesce(json_extract(excluded.data, '$.version'), 0) >= coalesce(json_extract(city_records.data, "
        "'$.version'), 0) ELSE 0 END"));
    QSqlQuery passes(city.connection());
    passes.prepare(QStringLiteral("SELECT ") + checks +
                   QStringLiteral(" FROM (SELECT ? AS township, ? AS tbl, ? AS row_key, CAST(? AS TEXT) AS data, ? "
                                  "AS sequence, ? AS key_path, ? AS has_origin, ? AS place_path)"));
    QSqlQuery tombstone(city.connection());
    tombstone.prepare(QStringLiteral("INSERT INTO city_records (township, tbl, row_key, data, deleted, sequence) "
                                     "VALUES (?, ?, ?, '{}', 1, ?) ON CONFLICT (township, tbl, row_key) DO UPDATE "
                                     "SET deleted = 1, sequence = excluded.sequence"));
    QSqlQuery held(city.connection());
    held.prepare(QStringLiteral("SELECT data FROM city_records WHERE township = ? AND tbl = ? AND row_key = ?"));
    ConflictQueue queue(city);
    const auto addConflict = [&](const PackageRecord& r, const QByteArray& local) -> Status {
        SyncConflict c;
        c.peer = township.code;
        c.sequence = sequence;
        c.table = r.table;
        c.key = r.key;
        c.local = local;
        c.incoming = r.isTombstone() ? QByteArray("{}") : r.json;
        c.author =
            QJsonDocument::fromJson(r.json).object().value(QStringLiteral("updated_by")).toString(QStringLiteral(""));
        const auto added = queue.add(c);
        if (!added)
            return added.error();
        *conflicts += *added ? 1 : 0;
        return success();
    };
    for (const PackageRecord& r : body.records) {
        if (r.table == QLatin1String("cases") && pending->contains(r.key)) {
            const PendingDecision& decision = pending->value(r.key);
            const QJsonObject incoming = QJsonDocument::fromJson(r.json).object();
            if (r.isTombstone() || incoming.value(QStringLiteral("version")).toInteger() != decision.caseVersion) {
                if (Status s = addConflict(r, decision.json); !s)
                    return s;
            }
        }
        if (r.isTombstone()) {
            for (const QVariant& v : {QVariant(township.code), QVariant(r.table), QVariant(r.key), QVariant(sequence)})
                tombstone.addBindValue(v);
            if (!tombstone.exec())
                return databaseError(tombstone);
            continue;
        }
        const RowRules& rule = rules->value(r.table);
        const QVariantList values{QVariant(township.code),
                                  QVariant(r.table),
                                  QVariant(r.key),
                                  QVariant(r.json),
                                  QVariant(sequence),
                                  QVariant(rule.keyPath),
                                  QVariant(int(rule.hasOrigin)),
                                  QVariant(rule.placePath)};
        for (const QVariant& v : values.mid(0, 5))
            upsert.addBindValue(v);
        if (!upsert.exec())
            return databaseError(upsert);
        if (upsert.numRowsAffected() > 0)
            continue;
        // Refused by a check, or an older version of a record the city holds.
        for (const QVariant& v : values)
            passes.addBindValue(v);
        if (!passes.exec() || !passes.next())
            return databaseError(passes);
        const bool wellFormed = passes.value(0).toInt() == 1;
        passes.finish();
        if (!wellFormed)
            return notItsOwn(township, r.table, r.key);
        for (const QVariant& v : {QVariant(township.code), QVariant(r.table), QVariant(r.key)})
            held.addBindValue(v);
        if (!held.exec())
            return databaseError(held);
        const QByteArray local = held.next() ? held.value(0).toString().toUtf8() : QByteArray();
        held.finish();
        // An older version than the city holds: never an update; a person compares the two.
        if (Status s = addConflict(r, local); !s)
            return s;
    }
    // Every row stored from this package is the sender's own.
    QString keyPath = QStringLiteral("CASE tbl");
    QString hasOrigin = QStringLiteral("CASE tbl");
    QString placePath = QStringLiteral("CASE tbl");
    for (auto it = rules->cbegin(); it != rules->cend(); ++it) {
        keyPath += QStringLiteral(" WHEN '%1' THEN '%2'").arg(it.key(), it->keyPath);
        hasOrigin += QStringLiteral(" WHEN '%1' THEN %2").arg(it.key()).arg(int(it->hasOrigin));
        placePath += QStringLiteral(" WHEN '%1' THEN '%2'").arg(it.key(), it->placePath);
    }
    QSqlQuery stored(city.connection());
    stored.prepare(QStringLiteral("SELECT tbl, row_key FROM (SELECT township, tbl, row_key, data, %1 END AS key_path, "
                                  "%2 END AS has_origin, %3 END AS place_path FROM city_records WHERE township = ? "
                                  "AND sequence = ? AND deleted = 0) WHERE NOT (%4) LIMIT 1")
                       .arg(keyPath, hasOrigin, placePath, checks));
    stored.addBindValue(township.code);
    stored.addBindValue(sequence);
    if (!stored.exec())
        return databaseError(stored);
    if (stored.next())
        return notItsOwn(township, stored.value(0).toString(), stored.value(1).toString());
    // A case belongs to a household of the same township.
    QSqlQuery orphan(city.connection());
    orphan.prepare(QStringLiteral(
        "SELECT c.row_key FROM city_records c WHERE c.township = ? AND c.tbl = 'cases' AND c.sequence = ? AND "
        "c.deleted = 0 AND NOT EXISTS (SELECT 1 FROM city_records h WHERE h.township = c.township AND "
        "h.tbl = 'households' AND h.row_key = json_extract(c.data, '$.household_id')) LIMIT 1"));
    orphan.addBindValue(township.code);
    orphan.addBindValue(sequence);
    if (!orphan.exec())
        return databaseError(orphan);
    if (orphan.next())
        return Error::failed(tr("The package from %1 carries a case (%2) of a household that is not its own: the "
                                "package is refused.")
                                 .arg(township.name, quoted(orphan.value(0).toString())));
    return CityProjections::refresh(city, township.code, sequence, rebaseline);
}

} // namespace Doudi
