#include "CityRecordsApplied.h"

#include "Clock.h"
#include "store/Database.h"
#include "store/StorageError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Doudi {

Result<bool> CityRecordsApplied::contains(Database& township, const QString& table, const QString& key)
{
    QSqlQuery q(township.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM applied_city_records WHERE tbl = ? AND row_key = ?"));
    q.addBindValue(table);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return Error::failed(QCoreApplication::translate("Doudi::TownshipIntake", "Cannot apply the city's package: %1")
                                 .arg(StorageError::describe(q.lastError())));
    return q.value(0).toInt() > 0;
}

Status CityRecordsApplied::add(Database& township, const QString& table, const QString& key)
{
    QSqlQuery q(township.connection());
    q.prepare(QStringLiteral("INSERT INTO applied_city_records (tbl, row_key, applied_at) VALUES (?, ?, ?)"));
    q.addBindValue(table);
    q.addBindValue(key);
    q.addBindValue(Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return Error::failed(QCoreApplication::translate("Doudi::TownshipIntake", "Cannot apply the city's package: %1")
                                 .arg(StorageError::describe(q.lastError())));
    return success();
}

} // namespace Doudi
