#include "TownshipIntake.h"

#include "cases/CaseRepository.h"
#include "payments/PriceIndices.h"
#include "referrals/HelpResources.h"

#include "rules/PolicyJson.h"
#include "store/Database.h"
#include "store/PolicyRepository.h"
#include "store/StorageError.h"
#include "store/Transaction.h"
#include "sync/CityAllocations.h"
#include "sync/CityDecisions.h"
#include "sync/CitySignals.h"
#include "sync/ConflictQueue.h"
#include "sync/IdNumberHashes.h"
#include "sync/Peers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace Doudi {

namespace {

Error databaseError(const QSqlQuery& q)
{
    return Error::failed(
        TownshipIntake::tr("Cannot apply the city's package: %1").arg(StorageError::describe(q.lastError())));
}

Result<QJsonObject> objectOf(const PackageRecord& r)
{
    QJsonParseError error{};
    const QJsonDocument d = QJsonDocument::fromJson(r.json, &error);
    if (error.error != QJsonParseError::NoError || !d.isObject())
        return Error::failed(TownshipIntake::tr("The package's “%1” record %2 is damaged.").arg(r.table, r.key));
    return d.object();
}

Status applyCalendar(Database& township, const QList<QJsonObject>& days)
{
    QSet<qint64> years;
    for (const QJsonObject& d : days)
        years.insert(d.value(QStringLiteral("year")).toInteger());
    QSqlQuery q(township.connection());
    q.prepare(QStringLiteral("DELETE FROM calendar_days WHERE year = ?"));
    for (const qint64 year : years) {
        q.addBindValue(year);
        if (!q.exec())
            return databaseError(q);
        if (Status s = CaseRepository::recordCalendarSource(township, int(year), QStringLiteral("city"),
                                                            QStringLiteral("city"));
            !s)
            return s;
    }
    q.prepare(QStringLiteral("INSERT INTO calendar_days (day, kind, year) VALUES (?, ?, ?)"));
    for (const QJsonObject& d : days) {
        q.addBindValue(d.value(QStringLiteral("day")).toString());
        q.addBindValue(d.value(QStringLiteral("kind")).toString());
        q.addBindValue(d.value(QStringLiteral("year")).toInteger());
        if (!q.exec())
            return databaseError(q);
    }
    return success();
}

// The case as it stands here, for the conflict queue and to see whether it changed.
Result<QJsonObject> localCase(Database& township, const QString& caseId)
{
    QSqlQuery q(township.connection());
    q.prepare(QStringLiteral("SELECT state, version, updated_at, updated_by FROM cases WHERE id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return databaseError(q);
    if (!q.next())
        return QJsonObject();
    return QJsonObject{{QStringLiteral("id"), caseId},
                       {QStringLiteral("state"), q.value(0).toString()},
                       {QStringLiteral("version"), q.value(1).toLongLong()},
                       {QStringLiteral("updated_at"), q.value(2).toString()},
                       {QStringLiteral("updated_by"), q.value(3).toString()}};
}

// The bureau's figures for a month, as the city recorded them: taken in when the township has
// none or other figures not paid on yet (the bureau's are the published ones); when the township
// has already paid on other figures, they stay and a person decides what to tell the bureau.
Status applyPriceIndex(Database& township, const Peer& city, const QJsonObject& incoming,
                       const std::function<Status(const QJsonObject&)>& conflict)
{
    for (const char* figure : {"cpi_yoy_permille", "food_cpi_yoy_permille"}) {
        if (!incoming.value(QLatin1String(figure)).isDouble())
            return Error::invalid(QLatin1String(figure), TownshipIntake::tr("must be a whole number of permille"));
    }
    const PriceIndex index{incoming.value(QStringLiteral("month")).toString(),
                           incoming.value(QStringLiteral("cpi_yoy_permille")).toInt(),
                           incoming.value(QStringLiteral("food_cpi_yoy_permille")).toInt()};
    const QString source = incoming.value(QStringLiteral("source")).toString();
    PriceIndices indices(
        township, Session::forUser(QStringLiteral("city@%1").arg(city.code), city.name, Role::Supervisor, QString()));
    const auto known = indices.find(index.month);
    if (!known)
        return known.error();
    if (known->has_value()) {
        const RecordedPriceIndex& here = **known;
        if (here.index.cpiYoyPermille == index.cpiYoyPermille &&
            here.index.foodCpiYoyPermille == index.foodCpiYoyPermille && here.source == source.trimmed())
            return success();
        const auto paid = indices.paidOn(index.month);
        if (!paid)
            return paid.error();
        if (*paid)
            return conflict(QJsonObject{{QStringLiteral("month"), here.index.month},
                                        {QStringLiteral("cpi_yoy_permille"), here.index.cpiYoyPermille},
                                        {QStringLiteral("food_cpi_yoy_permille"), here.index.foodCpiYoyPermille},
                                        {QStringLiteral("source"), here.source},
                                        {QStringLiteral("recorded_by"), here.recordedBy}});
    }
    return indices.record(index, source);
}

} // namespace

Status TownshipIntake::apply(Database& township, const Peer& city, qint64 sequence, const PackageBody& body,
                             int* conflicts)
{
    Q_ASSERT_X(Transaction::isOpen(township.connection()), "TownshipIntake::apply", "inside the caller's transaction");
    static const QSet<QString> cityOwned{QStringLiteral("policies"),      QStringLiteral("calendar_days"),
                                         QStringLiteral("decisions"),     QStringLiteral("signals"),
                                         QStringLiteral("allocations"),   QStringLiteral("id_hashes"),
                                         QStringLiteral("price_indices"), QStringLiteral("help_resources")};
    for (const PackageRecord& r : body.records) {
        if (!cityOwned.contains(r.table) || r.isTombstone())
            return Error::failed(
                tr("The package carries “%1” records, which the city does not own: it is refused.").arg(r.table));
    }
    ConflictQueue queue(township);
    const auto conflict = [&](const PackageRecord& r, const QJsonObject& local, const QString& author) -> Status {
        const auto added =
            queue.add({0, city.code, sequence, r.table, r.key, QJsonDocument(local).toJson(QJsonDocument::Compact),
                       r.json, author, QString(), QString(), QString()});
        if (!added)
            return added.error();
        *conflicts += *added ? 1 : 0;
        return success();
    };
    // The city's policies are recorded as the city's, whoever carried the package to this desk.
    PolicyRepository policies(
        township, Session::forUser(QStringLiteral("city@%1").arg(city.code), city.name, Role::Supervisor, QString()));
    QList<QJsonObject> days;
    for (const PackageRecord& r : body.records) {
        const auto object = objectOf(r);
        if (!object)
            return object.error();
        if (r.table == QLatin1String("policies")) {
            const auto policy = PolicyJson::fromJson(*object);
            if (!policy)
                return policy.error().withFieldPrefix(QStringLiteral("policies"));
            const auto known = policies.find(policy->id);
            if (known && known->policy.source != *object) {
                if (Status s = conflict(r, known->policy.source, city.name); !s)
                    return s;
            } else if (!known) {
                if (Status s = policies.add(*policy); !s)
                    return s;
            }
        } else if (r.table == QLatin1String("calendar_days")) {
            days.append(*object);
        } else if (r.table == QLatin1String("signals")) {
            if (Status s = CitySignals::applyAtTownship(township, city.code, *object); !s)
                return s;
        } else if (r.table == QLatin1String("allocations")) {
            // The ledger may refuse it (a closed year): a person decides, nothing is dropped.
            if (Status s = CityAllocations::applyAtTownship(township, city.code, *object); !s) {
                if (Status q = conflict(r, QJsonObject{{QStringLiteral("problem"), s.error().toString()}},
                                        object->value(QStringLiteral("created_by")).toString());
                    !q)
                    return q;
            }
        } else if (r.table == QLatin1String("price_indices")) {
            const auto priceConflict = [&](const QJsonObject& local) {
                return conflict(r, local, city.name);
            };
            if (Status s = applyPriceIndex(township, city, *object, priceConflict); !s)
                return s.error().withFieldPrefix(QStringLiteral("price_indices"));
        } else if (r.table == QLatin1String("help_resources")) {
            if (Status s = HelpResources::applyCityEntry(township, QStringLiteral("city@%1").arg(city.code), *object);
                !s)
                return s.error().withFieldPrefix(QStringLiteral("help_resources"));
        } else if (r.table == QLatin1String("id_hashes")) {
            if (Status s = IdNumberHashes::replace(township, *object); !s)
                return s;
        } else {
            const auto applied = CityDecisions::appliedAtTownship(township, city.code, *object);
            if (!applied)
                return applied.error();
            if (*applied)
                continue;
            const auto local = localCase(township, r.key);
            if (!local)
                return local.error();
            const QString author = object->value(QStringLiteral("decided_by")).toString();
            // The city decided the case as the township sent it; changed here since, a person decides.
            if (local->value(QStringLiteral("state")).toString() != QLatin1String("submitted") ||
                local->value(QStringLiteral("version")).toInteger() !=
                    object->value(QStringLiteral("case_version")).toInteger()) {
                if (Status s = conflict(r, *local, author); !s)
                    return s;
                continue;
            }
            if (Status s = CityDecisions::applyAtTownship(township, city.code, *object); !s) {
                QJsonObject problem = *local;
                problem.insert(QStringLiteral("problem"), s.error().toString());
                if (Status q = conflict(r, problem, author); !q)
                    return q;
            }
        }
    }
    if (!days.isEmpty())
        return applyCalendar(township, days);
    return success();
}

} // namespace Doudi
