#include "CityProjections.h"

#include "rules/ProgramRules.h"
#include "store/Database.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace Doudi {

namespace {

struct Field
{
    const char* column;
    const char* path;     // in the row's JSON
    const char* fallback; // when the JSON has no such field
};

struct Projection
{
    const char* table;
    const char* source; // city_records.tbl
    // A row removed at the township (its JSON's deleted) is gone from the projection too; a payment
    // line has no such flag, only the package's tombstone.
    bool softDeletes;
    QList<Field> fields;
};

// The same fields as migration 25 fills for a city made before it. (The determinations' amounts,
// decoded from their JSON, are refreshDeterminations'.)
const QList<Projection>& projections()
{
    static const QList<Projection> list = {
        {"city_members",
         "members",
         true,
         {{"household_id", "$.household_id", "''"}, {"id_number", "$.id_number", "''"}, {"name", "$.name", "''"}}},
        {"city_households",
         "households",
         true,
         {{"head_name", "$.head_name", "''"},
          {"village_code", "$.village_code", "''"},
          {"status", "$.status", "''"},
          {"monthly_benefit_fen", "$.monthly_benefit_fen", "0"}}},
        {"city_payments",
         "payments",
         false,
         {{"batch_id", "$.batch_id", "''"},
          {"for_month", "$.for_month", "''"},
          {"state", "$.state", "''"},
          {"amount_fen", "$.amount_fen", "0"}}},
    };
    return list;
}

Status run(QSqlQuery& q, const QString& sql, const QVariantList& values)
{
    const bool prepared = q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!prepared || !q.exec())
        return Error::failed(
            CityProjections::tr("Cannot update the city's tables: %1").arg(StorageError::describe(q.lastError())));
    return success();
}

// city_determinations (migration 30): each live determination of the package with what its
// saved entitlements pay a month per program. Its JSON columns travel hex-encoded (SyncTables),
// so they are decoded here rather than in SQL; an unreadable one pays nothing.
Status refreshDeterminations(QSqlQuery& q, const QString& township, qint64 sequence, bool rebaseline)
{
    const Status removed =
        rebaseline ? run(q, QStringLiteral("DELETE FROM city_determinations WHERE township = ?"), {township})
                   : run(q,
                         QStringLiteral("DELETE FROM city_determinations WHERE township = ? AND row_key IN (SELECT "
                                        "row_key FROM city_records WHERE township = ? AND tbl = 'determinations' AND "
                                        "sequence = ?)"),
                         {township, township, sequence});
    if (!removed)
        return removed;
    struct Row
    {
        QString key, householdId, createdAt;
        QByteArray entitlementsHex;
    };
    QList<Row> rows;
    if (Status s = run(q,
                       QStringLiteral("SELECT row_key, json_extract(data, '$.household_id'), json_extract(data, "
                                      "'$.created_at'), json_extract(data, '$.entitlements_json') FROM city_records "
                                      "WHERE township = ? AND tbl = 'determinations' AND sequence = ? AND deleted = 0 "
                                      "AND json_extract(data, '$.deleted') = 0"),
                       {township, sequence});
        !s)
        return s;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toByteArray()});
    // The columns of city_determinations (migration 030), in their order.
    const QStringList& programs = ProgramRules::monthlyPrograms();
    for (const Row& r : std::as_const(rows)) {
        QList<qint64> persons(programs.size(), 0);
        QList<qint64> fen(programs.size(), 0);
        const QJsonArray items = QJsonDocument::fromJson(QByteArray::fromHex(r.entitlementsHex))
                                     .object()
                                     .value(QStringLiteral("entitlements"))
                                     .toArray();
        for (const QJsonValue& v : items) {
            const QJsonObject item = v.toObject();
            const qsizetype i = programs.indexOf(item.value(QStringLiteral("program")).toString());
            if (i < 0 || item.value(QStringLiteral("one_off")).toBool())
                continue;
            persons[i] += 1;
            fen[i] += item.value(QStringLiteral("amount_fen")).toInteger();
        }
        if (Status s = run(q,
                           QStringLiteral("INSERT INTO city_determinations (township, row_key, household_id, "
                                          "created_at, orphan_allowance_persons, orphan_allowance_fen, "
                                          "disability_living_persons, disability_living_fen, disability_care_persons, "
                                          "disability_care_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {township, r.key, r.householdId, r.createdAt, persons[0], fen[0], persons[1], fen[1],
                            persons[2], fen[2]});
            !s)
            return s;
    }
    return success();
}

} // namespace

Status CityProjections::refresh(Database& city, const QString& township, qint64 sequence, bool rebaseline)
{
    Q_ASSERT_X(Transaction::isOpen(city.connection()), "CityProjections::refresh", "inside the caller's transaction");
    QSqlQuery q(city.connection());
    for (const Projection& p : projections()) {
        const QString table = QString::fromLatin1(p.table);
        const QString source = QString::fromLatin1(p.source);
        // What the package changed goes, then what of it is live comes back as it now is.
        const Status removed =
            rebaseline ? run(q, QStringLiteral("DELETE FROM %1 WHERE township = ?").arg(table), {township})
                       : run(q,
                             QStringLiteral("DELETE FROM %1 WHERE township = ? AND row_key IN (SELECT row_key FROM "
                                            "city_records WHERE township = ? AND tbl = '%2' AND sequence = ?)")
                                 .arg(table, source),
                             {township, township, sequence});
        if (!removed)
            return removed;
        QStringList columns{QStringLiteral("township"), QStringLiteral("row_key")};
        QStringList values{QStringLiteral("township"), QStringLiteral("row_key")};
        for (const Field& f : p.fields) {
            columns.append(QString::fromLatin1(f.column));
            values.append(QStringLiteral("coalesce(json_extract(data, '%1'), %2)")
                              .arg(QString::fromLatin1(f.path), QString::fromLatin1(f.fallback)));
        }
        const QString live = p.softDeletes ? QStringLiteral(" AND json_extract(data, '$.deleted') = 0") : QString();
        if (Status s = run(
                q,
                QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM city_records WHERE township = ? AND "
                               "tbl = '%4' AND sequence = ? AND deleted = 0%5")
                    .arg(table, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")), source, live),
                {township, sequence});
            !s)
            return s;
    }
    return refreshDeterminations(q, township, sequence, rebaseline);
}

} // namespace Doudi
