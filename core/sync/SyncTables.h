#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QSqlQuery;

namespace Doudi {

// A table whose records a township owns and sends to the city, and the column that keys a record.
struct SyncedTable
{
    QString name;
    QString key;
};

// What travels from a township to the city (issue: sync, "What travels"); the migration's triggers
// log changes to exactly these tables.
class SyncTables final
{
public:
    static const QList<SyncedTable>& townshipOwned();
    static bool isTownshipOwned(const QString& table);
    // The names of the query's columns, read once per table.
    static QList<QByteArray> columnNames(const QSqlQuery& query);
    // The current row of `query` as compact JSON, column by column.
    static QByteArray rowJson(const QSqlQuery& query, const QList<QByteArray>& columns);

private:
    SyncTables() = delete;
};

} // namespace Doudi
