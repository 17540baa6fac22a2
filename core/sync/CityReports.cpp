#include "CityReports.h"

#include "domain/IdNumber.h"
#include "rules/ProgramRules.h"
#include "store/Database.h"
#include "store/StorageError.h"
#include "store/Transaction.h"
#include "sync/Peers.h"

#include <QMap>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace Doudi {

namespace {

Error databaseError(const QSqlQuery& q)
{
    return Error::failed(
        CityReports::tr("Cannot read the townships' records: %1").arg(StorageError::describe(q.lastError())));
}

// Live rows of a table: neither tombstoned by a package nor soft-deleted at the township.
const QString kLive = QStringLiteral("deleted = 0 AND json_extract(data, '$.deleted') = 0");
// city_records' key starts with the township: a question about one table of every township walks
// each township's rows of that table, instead of every row of the city (2.5 GB at 12 × 20,000).
const QString kEachTownship = QStringLiteral("township IN (SELECT code FROM peers WHERE kind = 'township')");

} // namespace

Result<QJsonObject> CityReports::report(Database& city)
{
    const auto peers = Peers::all(city);
    if (!peers)
        return peers.error();
    QMap<QString, QJsonObject> townships;
    for (const Peer& p : *peers) {
        if (p.kind != QLatin1String("township"))
            continue;
        townships[p.code] = QJsonObject{{QStringLiteral("code"), p.code},
                                        {QStringLiteral("name"), p.name},
                                        {QStringLiteral("last_package"), p.lastReceived},
                                        {QStringLiteral("fingerprint"), p.fingerprint},
                                        {QStringLiteral("flagged"), p.flagged},
                                        {QStringLiteral("households"), 0},
                                        {QStringLiteral("members"), 0},
                                        {QStringLiteral("monthly_fen"), 0},
                                        {QStringLiteral("fund_paid_fen"), 0},
                                        {QStringLiteral("payments"), QJsonObject()},
                                        {QStringLiteral("programs"), QJsonObject()},
                                        {QStringLiteral("by_status"), QJsonObject()},
                                        {QStringLiteral("cases_by_state"), QJsonObject()}};
    }
    QSqlQuery q(city.connection());
    q.setForwardOnly(true);
    // Households by status with their monthly amounts (live households only: city_households).
    if (!q.exec(QStringLiteral("SELECT township, status, count(*), sum(monthly_benefit_fen) FROM city_households "
                               "GROUP BY 1, 2")))
        return databaseError(q);
    while (q.next()) {
        QJsonObject& t = townships[q.value(0).toString()];
        QJsonObject byStatus = t.value(QStringLiteral("by_status")).toObject();
        byStatus.insert(q.value(1).toString(), q.value(2).toLongLong());
        t.insert(QStringLiteral("by_status"), byStatus);
        t.insert(QStringLiteral("households"),
                 t.value(QStringLiteral("households")).toInteger() + q.value(2).toLongLong());
        if (q.value(1).toString() != QLatin1String("none"))
            t.insert(QStringLiteral("monthly_fen"),
                     t.value(QStringLiteral("monthly_fen")).toInteger() + q.value(3).toLongLong());
    }
    if (!q.exec(QStringLiteral("SELECT township, count(*) FROM city_members GROUP BY 1")))
        return databaseError(q);
    while (q.next())
        townships[q.value(0).toString()].insert(QStringLiteral("members"), q.value(1).toLongLong());
    if (!q.exec(QStringLiteral("SELECT township, json_extract(data, '$.state'), count(*) FROM city_records "
                               "WHERE %1 AND tbl = 'cases' AND %2 GROUP BY 1, 2")
                    .arg(kEachTownship, kLive)))
        return databaseError(q);
    while (q.next()) {
        QJsonObject& t = townships[q.value(0).toString()];
        QJsonObject byState = t.value(QStringLiteral("cases_by_state")).toObject();
        byState.insert(q.value(1).toString(), q.value(2).toLongLong());
        t.insert(QStringLiteral("cases_by_state"), byState);
    }
    // Paid out of the reserve fund: payments less their reversals.
    if (!q.exec(QStringLiteral("SELECT township, sum(CASE json_extract(data, '$.kind') WHEN 'payment' THEN 1 "
                               "WHEN 'reversal' THEN -1 ELSE 0 END * json_extract(data, '$.amount_fen')) FROM "
                               "city_records WHERE %1 AND tbl = 'fund_entries' AND deleted = 0 GROUP BY 1")
                    .arg(kEachTownship)))
        return databaseError(q);
    while (q.next())
        townships[q.value(0).toString()].insert(QStringLiteral("fund_paid_fen"), q.value(1).toLongLong());

    // The monthly payments as the townships recorded them: the lines of approved batches, by
    // outcome, and by the month they pay (what the bank did not return). The lines are summed by
    // batch first, so each batch's state is read once, not once for each of its 2,000 lines.
    if (!q.exec(QStringLiteral(
            "SELECT p.township, p.for_month, p.state, sum(p.fen) FROM (SELECT township, batch_id, for_month, state, "
            "sum(amount_fen) AS fen FROM city_payments GROUP BY 1, 2, 3, 4) p JOIN city_records b ON "
            "b.township = p.township AND b.tbl = 'payment_batches' AND b.row_key = p.batch_id "
            "WHERE b.deleted = 0 AND json_extract(b.data, '$.state') = 'approved' GROUP BY 1, 2, 3")))
        return databaseError(q);
    qint64 benefitsPaid = 0;
    while (q.next()) {
        QJsonObject& t = townships[q.value(0).toString()];
        QJsonObject payments = t.value(QStringLiteral("payments")).toObject();
        const QString state = q.value(2).toString();
        const qint64 fen = q.value(3).toLongLong();
        const QString key = state == QLatin1String("paid")     ? QStringLiteral("paid_fen")
                            : state == QLatin1String("failed") ? QStringLiteral("returned_fen")
                                                               : QStringLiteral("at_bank_fen");
        payments.insert(key, payments.value(key).toInteger() + fen);
        if (state != QLatin1String("failed")) {
            QJsonObject byMonth = payments.value(QStringLiteral("by_month")).toObject();
            byMonth.insert(q.value(1).toString(), byMonth.value(q.value(1).toString()).toInteger() + fen);
            payments.insert(QStringLiteral("by_month"), byMonth);
        }
        benefitsPaid += state == QLatin1String("paid") ? fen : 0;
        t.insert(QStringLiteral("payments"), payments);
    }

    // The other programs: what each live household's newest determination pays a month, and the
    // price subsidy paid, by month.
    if (!q.exec(QStringLiteral(
            "SELECT d.township, sum(d.orphan_allowance_persons), sum(d.orphan_allowance_fen), "
            "sum(d.disability_living_persons), sum(d.disability_living_fen), sum(d.disability_care_persons), "
            "sum(d.disability_care_fen) FROM city_determinations d JOIN city_households h ON h.township = "
            "d.township AND h.row_key = d.household_id WHERE d.created_at = (SELECT max(n.created_at) FROM "
            "city_determinations n WHERE n.township = d.township AND n.household_id = d.household_id) GROUP BY 1")))
        return databaseError(q);
    QJsonObject programTotals;
    const auto add = [&programTotals](QJsonObject& programs, const QString& program, const QString& field,
                                      qint64 value) {
        QJsonObject p = programs.value(program).toObject();
        p.insert(field, p.value(field).toInteger() + value);
        programs.insert(program, p);
        QJsonObject t = programTotals.value(program).toObject();
        t.insert(field, t.value(field).toInteger() + value);
        programTotals.insert(program, t);
    };
    while (q.next()) {
        QJsonObject& t = townships[q.value(0).toString()];
        QJsonObject programs = t.value(QStringLiteral("programs")).toObject();
        int column = 1;
        for (const QString& program : ProgramRules::monthlyPrograms()) {
            add(programs, program, QStringLiteral("persons"), q.value(column++).toLongLong());
            add(programs, program, QStringLiteral("monthly_fen"), q.value(column++).toLongLong());
        }
        t.insert(QStringLiteral("programs"), programs);
    }
    if (!q.exec(QStringLiteral("SELECT township, json_extract(data, '$.month'), count(*), "
                               "sum(json_extract(data, '$.amount_fen')) FROM city_records WHERE %1 AND "
                               "tbl = 'price_subsidy_payments' AND deleted = 0 GROUP BY 1, 2")
                    .arg(kEachTownship)))
        return databaseError(q);
    while (q.next()) {
        QJsonObject& t = townships[q.value(0).toString()];
        QJsonObject programs = t.value(QStringLiteral("programs")).toObject();
        add(programs, QStringLiteral("price_subsidy"), QStringLiteral("persons"), q.value(2).toLongLong());
        add(programs, QStringLiteral("price_subsidy"), QStringLiteral("fen"), q.value(3).toLongLong());
        QJsonObject price = programs.value(QStringLiteral("price_subsidy")).toObject();
        QJsonObject byMonth = price.value(QStringLiteral("by_month")).toObject();
        byMonth.insert(q.value(1).toString(), QJsonObject{{QStringLiteral("persons"), q.value(2).toLongLong()},
                                                          {QStringLiteral("fen"), q.value(3).toLongLong()}});
        price.insert(QStringLiteral("by_month"), byMonth);
        programs.insert(QStringLiteral("price_subsidy"), price);
        t.insert(QStringLiteral("programs"), programs);
    }

    QJsonArray list;
    qint64 households = 0, members = 0, monthly = 0, paid = 0;
    for (const QJsonObject& t : std::as_const(townships)) {
        list.append(t);
        households += t.value(QStringLiteral("households")).toInteger();
        members += t.value(QStringLiteral("members")).toInteger();
        monthly += t.value(QStringLiteral("monthly_fen")).toInteger();
        paid += t.value(QStringLiteral("fund_paid_fen")).toInteger();
    }
    return QJsonObject{{QStringLiteral("townships"), list},
                       {QStringLiteral("totals"), QJsonObject{{QStringLiteral("households"), households},
                                                              {QStringLiteral("members"), members},
                                                              {QStringLiteral("monthly_fen"), monthly},
                                                              {QStringLiteral("fund_paid_fen"), paid},
                                                              {QStringLiteral("benefits_paid_fen"), benefitsPaid},
                                                              {QStringLiteral("programs"), programTotals}}}};
}

Result<QJsonArray> CityReports::duplicates(Database& city)
{
    QSqlQuery q(city.connection());
    q.setForwardOnly(true);
    // The grouping sorts every ID number of the city (570,000 for 12 townships). SQLite's sorter is
    // faster through its temporary files, which the system caches, than in the memory that
    // connections use for temporary storage (Database::configure): 930 against 1,100 ms, measured.
    // Outside a transaction only: the setting cannot change inside one.
    const bool sortOnFile = !Transaction::isOpen(city.connection());
    if (sortOnFile)
        q.exec(QStringLiteral("PRAGMA temp_store = FILE"));
    const auto restore = qScopeGuard([&] {
        if (sortOnFile)
            QSqlQuery(city.connection()).exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    });
    if (!q.exec(QStringLiteral(
            "SELECT id_number, name, township, household_id FROM city_members WHERE id_number IN "
            "(SELECT id_number FROM city_members GROUP BY id_number HAVING count(DISTINCT township) > 1) "
            "ORDER BY id_number, township")))
        return databaseError(q);
    QJsonArray out;
    QString current;
    QJsonObject person;
    QJsonArray places;
    const auto flush = [&] {
        if (!current.isEmpty()) {
            person.insert(QStringLiteral("households"), places);
            out.append(person);
        }
    };
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (id != current) {
            flush();
            current = id;
            person = QJsonObject{{QStringLiteral("id_number"), IdNumber::mask(id)},
                                 {QStringLiteral("name"), q.value(1).toString()}};
            places = QJsonArray();
        }
        places.append(QJsonObject{{QStringLiteral("township"), q.value(2).toString()},
                                  {QStringLiteral("household"), q.value(3).toString()}});
    }
    flush();
    return out;
}

Result<QJsonArray> CityReports::search(Database& city, const QString& text, int limit)
{
    QSqlQuery q(city.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT DISTINCT h.township, h.row_key, h.head_name, h.village_code, h.status, h.monthly_benefit_fen "
        "FROM city_members m JOIN city_households h ON h.township = m.township AND h.row_key = m.household_id "
        "WHERE instr(m.name, ?) > 0 ORDER BY 3, 1 LIMIT ?"));
    q.addBindValue(text.trimmed());
    q.addBindValue(limit);
    if (!q.exec())
        return databaseError(q);
    QJsonArray out;
    while (q.next())
        out.append(QJsonObject{{QStringLiteral("township"), q.value(0).toString()},
                               {QStringLiteral("household"), q.value(1).toString()},
                               {QStringLiteral("head_name"), q.value(2).toString()},
                               {QStringLiteral("village"), q.value(3).toString()},
                               {QStringLiteral("status"), q.value(4).toString()},
                               {QStringLiteral("monthly_fen"), q.value(5).toLongLong()}});
    return out;
}

} // namespace Doudi
