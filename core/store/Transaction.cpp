#include "Transaction.h"
#include "store/StorageError.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Doudi {

namespace {
// Open transactions per connection on this thread (connections belong to one thread each): an
// inner one becomes a savepoint, so that a change made of smaller changes is still all or nothing.
thread_local QHash<QString, int> openDepth;
} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    QSqlQuery q(m_db);
    if (m_depth == 0) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO doudi_%1").arg(m_depth));
        q.exec(QStringLiteral("RELEASE doudi_%1").arg(m_depth));
    }
    openDepth[m_db.connectionName()] = m_depth;
}

Status Transaction::begin()
{
    m_depth = openDepth.value(m_db.connectionName());
    QSqlQuery q(m_db);
    const QString sql =
        m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT doudi_%1").arg(m_depth);
    if (!q.exec(sql))
        return Error::failed(
            tr("Could not start a database transaction: %1").arg(StorageError::describe(q.lastError())));
    m_open = true;
    openDepth[m_db.connectionName()] = m_depth + 1;
    return success();
}

bool Transaction::isOpen(const QSqlDatabase& db)
{
    return openDepth.value(db.connectionName()) > 0;
}

Status Transaction::commit()
{
    QSqlQuery q(m_db);
    const QString sql = m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE doudi_%1").arg(m_depth);
    if (!q.exec(sql))
        return Error::failed(tr("Could not save to the database: %1").arg(StorageError::describe(q.lastError())));
    m_open = false;
    openDepth[m_db.connectionName()] = m_depth;
    return success();
}

} // namespace Doudi
