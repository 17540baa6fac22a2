#include "CityAllocations.h"

#include "Clock.h"
#include "fund/FundLedger.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/StorageError.h"
#include "store/Transaction.h"
#include "sync/CityRecordsApplied.h"
#include "sync/Peers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Doudi {

Result<QString> CityAllocations::record(Database& city, const Session& session, const Allocation& a)
{
    if (Status s = session.require(Action::ApprovePayment); !s)
        return s.error();
    const auto peer = Peers::find(city, a.township);
    if (!peer)
        return peer.error();
    if (!peer->has_value() || (*peer)->kind != QLatin1String("township"))
        return Error::invalid(QStringLiteral("township"), tr("%1 is not a township enrolled here").arg(a.township));
    if (a.kind != QLatin1String("quota") && a.kind != QLatin1String("allocation") &&
        a.kind != QLatin1String("replenishment"))
        return Error::invalid(QStringLiteral("kind"), tr("must be quota, allocation or replenishment"));
    if (a.amountFen <= 0)
        return Error::invalid(QStringLiteral("amount"), tr("must be more than zero"));
    if (a.document.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("document"), tr("name the approval document or the voucher"));
    if (!a.date.isValid() || a.year < 2000 || a.year > 2100)
        return Error::invalid(QStringLiteral("date"), tr("must be a date written YYYY-MM-DD"));
    Transaction transaction(city.connection());
    if (Status s = transaction.begin(); !s)
        return s.error();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(city.connection());
    q.prepare(QStringLiteral("INSERT INTO city_allocations (id, township, kind, year, amount_fen, document, on_date, "
                             "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(id), QVariant(a.township), QVariant(a.kind), QVariant(a.year), QVariant(a.amountFen),
          QVariant(a.document.trimmed()), QVariant(a.date.toString(Qt::ISODate)),
          QVariant(Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs)), QVariant(session.userName())})
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(tr("Cannot record the allocation: %1").arg(StorageError::describe(q.lastError())));
    if (Status s = AuditLog(city).append(session.userName(), QStringLiteral("insert"),
                                         QStringLiteral("city_allocations"), id, {},
                                         QJsonObject{{QStringLiteral("township"), a.township},
                                                     {QStringLiteral("kind"), a.kind},
                                                     {QStringLiteral("amount_fen"), a.amountFen},
                                                     {QStringLiteral("document"), a.document.trimmed()}},
                                         QString());
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return id;
}

Status CityAllocations::applyAtTownship(Database& township, const QString& cityCode, const QJsonObject& a)
{
    const QString id = a.value(QStringLiteral("id")).toString();
    const auto applied = CityRecordsApplied::contains(township, QStringLiteral("allocations"), id);
    if (!applied)
        return applied.error();
    if (*applied)
        return success();
    FundLedger ledger(township, Session::bootstrap(QStringLiteral("city@%1").arg(cityCode)));
    const QString kind = a.value(QStringLiteral("kind")).toString();
    const qint64 amount = a.value(QStringLiteral("amount_fen")).toInteger();
    const QString document = a.value(QStringLiteral("document")).toString();
    const QDate date = QDate::fromString(a.value(QStringLiteral("on_date")).toString(), Qt::ISODate);
    if (kind == QLatin1String("quota")) {
        if (Status s = ledger.setQuota(int(a.value(QStringLiteral("year")).toInteger()), amount, document, date); !s)
            return s;
    } else {
        const auto entry = ledger.allocate(amount, document, date, kind == QLatin1String("replenishment"));
        if (!entry)
            return entry.error();
    }
    return CityRecordsApplied::add(township, QStringLiteral("allocations"), id);
}

} // namespace Doudi
