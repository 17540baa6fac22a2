#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Doudi {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error::failed(tr("Could not start a database transaction: %1").arg(q.lastError().text()));
    m_open = true;
    return success();
}

Status Transaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT")))
        return Error::failed(tr("Could not save to the database: %1").arg(q.lastError().text()));
    m_open = false;
    return success();
}

} // namespace Doudi
