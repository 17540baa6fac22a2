#include "ConflictQueue.h"

#include "Clock.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/StorageError.h"
#include "store/Transaction.h"
#include "sync/CityAllocations.h"
#include "sync/CityDecisions.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Doudi {

namespace {

Error databaseError(const QSqlQuery& q)
{
    return Error::failed(
        ConflictQueue::tr("Cannot read the conflict queue: %1").arg(StorageError::describe(q.lastError())));
}

} // namespace

ConflictQueue::ConflictQueue(Database& database)
    : m_database(database)
{}

Result<bool> ConflictQueue::add(const SyncConflict& c)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE peer = ? AND tbl = ? AND row_key = ? AND "
                             "incoming = ?"));
    for (const QVariant& v :
         {QVariant(c.peer), QVariant(c.table), QVariant(c.key), QVariant(QString::fromUtf8(c.incoming))})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return databaseError(q);
    if (q.value(0).toInt() > 0)
        return false;
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO sync_conflicts (peer, sequence, tbl, row_key, local, incoming, author, at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(c.peer), QVariant(c.sequence), QVariant(c.table), QVariant(c.key),
                              QVariant(QString::fromUtf8(c.local)), QVariant(QString::fromUtf8(c.incoming)),
                              QVariant(c.author), QVariant(Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs))})
        q.addBindValue(v);
    if (!q.exec())
        return databaseError(q);
    return true;
}

Result<QList<SyncConflict>> ConflictQueue::list(bool openOnly) const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT id, peer, sequence, tbl, row_key, local, incoming, author, at, resolution, "
                               "resolved_by FROM sync_conflicts %1 ORDER BY id")
                    .arg(openOnly ? QStringLiteral("WHERE resolution = ''") : QString())))
        return databaseError(q);
    QList<SyncConflict> out;
    while (q.next()) {
        SyncConflict c;
        c.id = q.value(0).toLongLong();
        c.peer = q.value(1).toString();
        c.sequence = q.value(2).toLongLong();
        c.table = q.value(3).toString();
        c.key = q.value(4).toString();
        c.local = q.value(5).toString().toUtf8();
        c.incoming = q.value(6).toString().toUtf8();
        c.author = q.value(7).toString();
        c.at = q.value(8).toString();
        c.resolution = q.value(9).toString();
        c.resolvedBy = q.value(10).toString();
        out.append(c);
    }
    return out;
}

Result<int> ConflictQueue::openCount() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolution = ''")) || !q.next())
        return databaseError(q);
    return q.value(0).toInt();
}

Status ConflictQueue::resolve(const Session& session, qint64 id, const QString& keep)
{
    if (keep != QLatin1String("local") && keep != QLatin1String("incoming"))
        return Error::invalid(QStringLiteral("keep"), tr("must be local or incoming"));
    if (Status s = session.require(Action::ApproveDecision); !s)
        return s;
    const auto all = list(true);
    if (!all)
        return all.error();
    const auto it = std::find_if(all->cbegin(), all->cend(), [id](const SyncConflict& c) { return c.id == id; });
    if (it == all->cend())
        return Error::invalid(QStringLiteral("id"), tr("there is no open conflict %1").arg(id));
    const SyncConflict& c = *it;
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    if (keep == QLatin1String("incoming")) {
        const QJsonObject incoming = QJsonDocument::fromJson(c.incoming).object();
        if (c.table == QLatin1String("decisions")) {
            if (Status s = CityDecisions::applyAtTownship(m_database, c.peer, incoming); !s)
                return s;
        } else if (c.table == QLatin1String("allocations")) {
            if (Status s = CityAllocations::applyAtTownship(m_database, c.peer, incoming); !s)
                return s;
        } else if (c.table == QLatin1String("cases")) {
            if (Status s = CityDecisions::withdraw(m_database, session, c.key); !s)
                return s;
        } else if (c.table == QLatin1String("price_indices")) {
            return Error::failed(tr("The township has paid the price subsidy on its own figures for this month: they "
                                    "stay as they were. Keep them, and settle the difference with the bureau."));
        } else {
            return Error::failed(tr("A policy is never overwritten: keep this one, and ask the bureau to issue the "
                                    "changed policy under a new id."));
        }
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "UPDATE sync_conflicts SET resolution = ?, resolved_by = ?, resolved_at = ? WHERE id = ? AND resolution = ''"));
    for (const QVariant& v : {QVariant(keep), QVariant(session.userName()),
                              QVariant(Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs)), QVariant(id)})
        q.addBindValue(v);
    if (!q.exec())
        return databaseError(q);
    if (Status s = AuditLog(m_database)
                       .append(session.userName(), QStringLiteral("resolve"), QStringLiteral("sync_conflicts"),
                               QString::number(id), {},
                               QJsonObject{{QStringLiteral("table"), c.table},
                                           {QStringLiteral("key"), c.key},
                                           {QStringLiteral("keep"), keep}},
                               QString());
        !s)
        return s;
    return transaction.commit();
}

} // namespace Doudi
